import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  resolveTimeRange,
  timeRangeFromParams,
  timeRangeToParams,
} from '@/components/url/time-range';

const range = (query: string) => timeRangeFromParams(new URLSearchParams(query));

describe('time ranges in the URL', () => {
  it('prefers an absolute from/to over a preset', () => {
    assert.deepEqual(range('range=6h&from=1000&to=2000'), {
      kind: 'absolute',
      fromMs: 1000,
      toMs: 2000,
    });
  });

  it('falls back to the last hour for a missing, unknown or reversed range', () => {
    for (const query of ['', 'range=2w', 'from=2000&to=1000', 'from=abc&to=1']) {
      assert.deepEqual(range(query), { kind: 'preset', preset: '1h' }, query);
    }
  });

  it('resolves a preset against now and writes the default as no parameter', () => {
    assert.deepEqual(resolveTimeRange({ kind: 'preset', preset: '15m' }, 1_000_000), {
      fromMs: 100_000,
      toMs: 1_000_000,
    });
    assert.deepEqual(timeRangeToParams({ kind: 'preset', preset: '1h' }), {
      range: '',
      from: '',
      to: '',
    });
  });
});
