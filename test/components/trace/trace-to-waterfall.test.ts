import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { traceToWaterfall } from '@/components/trace/trace-to-waterfall';
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
