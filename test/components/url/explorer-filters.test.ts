import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  clearedTextFilters,
  explorerFiltersFromParams,
  explorerTextFilters,
  functionSearchFromParams,
  functionSearchPatch,
  getExplorerLink,
} from '@/components/url/explorer-filters';
import {
  defaultTimeRange,
  rangePresets,
  timeRangeFromParams,
  timeRangeToParams,
  type RangePreset,
  type TimeRange,
} from '@/components/url/time-range';

/** What useUrlParams does with a patch: '' removes a key, anything else sets it. */
function applyPatch(query: string, patch: Record<string, string>): URLSearchParams {
  const out = new URLSearchParams(query);
  for (const [key, value] of Object.entries(patch)) {
    if (value) out.set(key, value);
    else out.delete(key);
  }
  return out;
}

describe("the explorer's URL", () => {
  it('links back with only its own keys, in a fixed order', () => {
    const spanView = new URLSearchParams(
      'span=abcdef0123456789&fn=parse&q=json&pod=web-1&range=6h&service=checkout&zoom=a',
    );
    assert.equal(getExplorerLink(spanView), '/?range=6h&service=checkout&pod=web-1&fn=parse');
    assert.equal(getExplorerLink(new URLSearchParams('span=abcdef0123456789&q=x')), '/');
  });

  it('clears every text filter and keeps the time range and the function search', () => {
    const before =
      'service=a&operation=b&minDurationMs=5&namespace=n&deployment=d&pod=p&attr=k%3Dv&range=6h&fn=x';
    const after = applyPatch(before, clearedTextFilters);
    const filters = explorerFiltersFromParams(after);
    for (const key of explorerTextFilters) assert.equal(filters[key], '', key);
    assert.deepEqual(filters.range, { kind: 'preset', preset: '6h' });
    assert.equal(functionSearchFromParams(after), 'x');
  });

  it('writes the function search where it reads it, and ends it with an empty one', () => {
    const set = applyPatch('range=6h', functionSearchPatch('json.Marshal'));
    assert.equal(functionSearchFromParams(set), 'json.Marshal');
    const cleared = applyPatch(set.toString(), functionSearchPatch(''));
    assert.equal(cleared.toString(), 'range=6h');
  });

  it('round-trips every time range, the default one written as no key', () => {
    const ranges: TimeRange[] = [
      ...(Object.keys(rangePresets) as RangePreset[]).map((preset): TimeRange => ({
        kind: 'preset',
        preset,
      })),
      { kind: 'absolute', fromMs: 0, toMs: 0 },
      { kind: 'absolute', fromMs: 1_700_000_000_000, toMs: 1_700_000_360_000 },
    ];
    for (const range of ranges) {
      const params = applyPatch('range=7d&from=1&to=2', timeRangeToParams(range));
      assert.deepEqual(timeRangeFromParams(params), range, JSON.stringify(range));
    }
    assert.equal(applyPatch('range=7d', timeRangeToParams(defaultTimeRange)).toString(), '');
  });
});
