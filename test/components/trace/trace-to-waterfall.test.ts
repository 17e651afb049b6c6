import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { traceToWaterfall, visibleRows } from '@/components/trace/trace-to-waterfall';
import type { TraceSpan } from '@/lib/contract/span-models';
import { traceSpan } from '@/test/support/trace-span';

/** The test's spans; `db` failed. */
const span = (spanId: string, parentSpanId: string, startMs: number, durMs: number): TraceSpan =>
  traceSpan(spanId, parentSpanId, startMs, durMs, spanId === 'db' ? { statusCode: 'Error' } : {});

/** Draws rows as `depth-indented name [offset+duration] *critical !error`. */
function draw(spans: TraceSpan[]): string {
  const w = traceToWaterfall(spans);
  return w.rows
    .map(
      (r) =>
        `${'  '.repeat(r.depth)}${r.span.name} [${r.offsetNs / 1e6}+${r.durationNs / 1e6}]` +
        `${r.critical ? ' *' : ''}${r.error ? ' !' : ''}`,
    )
    .join('\n');
}

describe('traceToWaterfall', () => {
  it('orders spans depth first, children by start, and marks the critical path', () => {
    // Stored out of order, as a query may return them.
    const spans = [
      span('db', 'api', 600, 300),
      span('render', 'root', 900, 40),
      span('root', '', 0, 1000),
      span('api', 'root', 100, 850),
      span('auth', 'api', 120, 50),
    ];
    assert.equal(
      draw(spans),
      [
        'root [0+1000] *',
        '  api [100+850] *',
        '    auth [120+50] *',
        '    db [600+300] * !',
        '  render [900+40]',
      ].join('\n'),
    );
    assert.equal(traceToWaterfall(spans).totalNs, 1000e6);
  });

  it('marks both of two calls made one after the other, the later one overlapping none', () => {
    const spans = [
      span('root', '', 0, 1000),
      span('long', 'root', 0, 900),
      span('late', 'root', 950, 50),
    ];
    assert.equal(
      draw(spans),
      ['root [0+1000] *', '  long [0+900] *', '  late [950+50] *'].join('\n'),
    );
  });

  it('shows spans whose parent is missing as roots and selects the earliest root', () => {
    const spans = [span('orphan', 'gone', 500, 100), span('root', '', 100, 300)];
    const w = traceToWaterfall(spans);
    assert.equal(w.rootSpanId, 'root');
    assert.equal(draw(spans), ['root [0+300] *', 'orphan [400+100]'].join('\n'));
  });

  it('draws nothing for a trace without spans', () => {
    assert.deepEqual(traceToWaterfall([]), { rows: [], totalNs: 0, rootSpanId: '' });
  });
});

describe('visibleRows', () => {
  // root → api → (auth, db → query), render
  const spans = [
    span('root', '', 0, 1000),
    span('api', 'root', 100, 850),
    span('auth', 'api', 110, 50),
    span('db', 'api', 600, 300),
    span('query', 'db', 610, 200),
    span('render', 'root', 900, 40),
  ];
  const { rows } = traceToWaterfall(spans);
  const names = (collapsed: string[], keep?: string) =>
    visibleRows(rows, new Set(collapsed), keep).map((r) => r.span.name);

  it('hides the spans under a collapsed span, and only those', () => {
    assert.deepEqual(names([]), ['root', 'api', 'auth', 'db', 'query', 'render']);
    assert.deepEqual(names(['api']), ['root', 'api', 'render']);
    assert.deepEqual(names(['db']), ['root', 'api', 'auth', 'db', 'render']);
    assert.deepEqual(names(['root']), ['root']);
    assert.deepEqual(
      names(['query']),
      ['root', 'api', 'auth', 'db', 'query', 'render'],
      'a leaf has nothing to hide',
    );
  });

  it('keeps the selected span drawn: its collapsed ancestors stay open, its own collapse holds', () => {
    assert.deepEqual(names(['api'], 'query'), ['root', 'api', 'auth', 'db', 'query', 'render']);
    assert.deepEqual(names(['api'], 'api'), ['root', 'api', 'render']);
  });

  it('places span events on the trace’s time axis', () => {
    const t0 = BigInt(traceSpan('x', '', 0, 1).startNs);
    const withEvent = traceToWaterfall([
      traceSpan('root', '', 0, 100, {
        events: [{ timeNs: String(t0 + 40_000_000n), name: 'retry' }],
      }),
    ]);
    assert.deepEqual(withEvent.rows[0]?.events, [{ offsetNs: 40_000_000, name: 'retry' }]);
  });
});
