import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { criticalPath } from '@/components/trace/critical-path';
import type { TraceSpan } from '@/lib/contract/span-models';
import { traceSpan } from '@/test/support/trace-span';

const span = traceSpan;

const onPath = (spans: TraceSpan[], root = 'root'): string[] =>
  [...criticalPath(spans, root)].sort();

describe('criticalPath', () => {
  it('walks back through every call of a sequence, into each call', () => {
    // A handler that calls auth, then three queries one after another, then renders; the last
    // query runs two steps of its own in turn. A cache lookup overlaps auth and the first query.
    const spans = [
      span('root', '', 0, 1000),
      span('auth', 'root', 10, 90),
      span('cache', 'root', 50, 100),
      span('q1', 'root', 100, 200),
      span('q2', 'root', 300, 150),
      span('q3', 'root', 450, 400),
      span('q3-plan', 'q3', 460, 100),
      span('q3-read', 'q3', 560, 280),
      span('render', 'root', 850, 140),
    ];
    assert.deepEqual(
      onPath(spans),
      ['auth', 'q1', 'q2', 'q3', 'q3-plan', 'q3-read', 'render', 'root'].sort(),
    );
  });

  it('leaves out a call that a later one overlapped, and one that started after its parent ended', () => {
    const spans = [
      span('root', '', 0, 1000),
      span('early', 'root', 0, 600),
      span('overlapping', 'root', 500, 480),
      span('fire-and-forget', 'root', 1200, 50),
    ];
    assert.deepEqual(onPath(spans), ['overlapping', 'root']);
  });

  it('clips a child that outlives its parent, so the call before it still blocks', () => {
    const spans = [
      span('root', '', 0, 1000),
      span('first', 'root', 0, 400),
      span('outlives', 'root', 400, 900),
    ];
    assert.deepEqual(onPath(spans), ['first', 'outlives', 'root']);
  });

  it('counts back-to-back calls that meet at the same nanosecond', () => {
    const spans = [span('root', '', 0, 30), span('a', 'root', 0, 10), span('b', 'root', 10, 20)];
    assert.deepEqual(onPath(spans), ['a', 'b', 'root']);
  });

  it('is empty for a root it does not hold, and ignores orphans', () => {
    const spans = [span('root', '', 0, 100), span('orphan', 'missing', 10, 80)];
    assert.deepEqual(onPath(spans, 'nope'), []);
    assert.deepEqual(onPath(spans), ['root']);
  });
});
