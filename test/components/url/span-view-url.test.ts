import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { correlationTiers, scopeRequests } from '@/lib/correlation/correlation-tier';
import { spanIdPattern } from '@/lib/traces/trace-ids';
import {
  defaultSpanViewState,
  getSpanViewLink,
  isSpanViewPath,
  parseSpanViewSlice,
  parseSpanViewUrl,
  spanViewPatch,
  spanViewSlicePatch,
  stringifySpanViewState,
  type SpanViewState,
} from '@/components/url/span-view-url';

const parse = (query: string) => parseSpanViewUrl(new URLSearchParams(query));
const roundTrip = (s: SpanViewState) => parse(stringifySpanViewState(s));

const traceId = '0123456789abcdef0123456789abcdef';
const full: SpanViewState = {
  spanId: 'abcdef0123456789',
  malformedSpanId: undefined,
  scope: 'trace',
  tier: 'label',
  sampleType: 'off_cpu',
  compare: 'cohort',
  compareTarget: 'slow',
  q: 'json',
  zoom: ['main', 'handle'],
  orientation: 'icicle',
};

describe('parseSpanViewUrl', () => {
  it('reads every piece of the view from the query string', () => {
    assert.deepEqual(
      parse(
        'span=ABCDEF0123456789&scope=trace&tier=label&type=off_cpu&compare=cohort&target=slow&q=json&zoom=main%3Bhandle&orientation=icicle',
      ),
      full,
    );
  });

  it('defaults to the nearest scope with samples, the API-chosen tier, no zoom and a flame', () => {
    assert.deepEqual(parse(''), {
      spanId: undefined,
      malformedSpanId: undefined,
      scope: 'nearest',
      tier: undefined,
      sampleType: undefined,
      compare: undefined,
      compareTarget: 'span',
      q: '',
      zoom: [],
      orientation: 'flame',
    });
    assert.deepEqual(parse(''), defaultSpanViewState);
  });

  it('keeps a malformed span id to name it, and ignores unknown scope, tier and orientation', () => {
    assert.deepEqual(parse('span=zz&scope=everything&tier=guess&orientation=sideways'), {
      ...defaultSpanViewState,
      malformedSpanId: 'zz',
    });
    // Case matters for the enums: the URL holds them as the app writes them.
    assert.deepEqual(parse('scope=TRACE&tier=Exact&orientation=ICICLE'), defaultSpanViewState);
  });

  it('takes a span id exactly when the lib pattern does', () => {
    const candidates = [
      'abcdef0123456789',
      'ABCDEF0123456789',
      'abcdef012345678',
      'abcdef01234567890',
      'abcdefg123456789',
      ' abcdef0123456789',
      traceId,
      '0x0123456789abcd',
    ];
    for (const raw of candidates) {
      const s = parse(new URLSearchParams({ span: raw }).toString());
      const valid = spanIdPattern.test(raw);
      assert.equal(s.spanId, valid ? raw.toLowerCase() : undefined, raw);
      assert.equal(s.malformedSpanId, valid ? undefined : raw, raw);
    }
  });

  it('reads zoom written raw or percent-encoded, and empty frame names in it', () => {
    assert.deepEqual(parse('zoom=main;handle').zoom, ['main', 'handle']);
    assert.deepEqual(parse('zoom=main%3Bhandle').zoom, ['main', 'handle']);
    assert.deepEqual(parse('zoom=a;;b').zoom, ['a', '', 'b']);
  });
});

describe('stringifySpanViewState', () => {
  it('round-trips every value of every field', () => {
    const states: SpanViewState[] = [
      defaultSpanViewState,
      full,
      { ...defaultSpanViewState, malformedSpanId: 'not-a-span' },
      { ...defaultSpanViewState, q: 'a&b=c;d %' },
      { ...defaultSpanViewState, zoom: ['only'] },
      { ...defaultSpanViewState, zoom: ['a', '', 'b'] },
      { ...defaultSpanViewState, zoom: ['pkg/a.(*T).M', 'runtime.mallocgc'] },
      ...scopeRequests.map((scope) => ({ ...defaultSpanViewState, scope })),
      ...correlationTiers.map((tier) => ({ ...defaultSpanViewState, tier })),
      { ...defaultSpanViewState, orientation: 'icicle' as const },
    ];
    for (const s of states) assert.deepEqual(roundTrip(s), s, JSON.stringify(s));
  });

  it('round-trips what it parsed, for URLs with garbage in them too', () => {
    for (const query of [
      'span=zz&scope=everything&tier=guess',
      'span=ABCDEF0123456789&zoom=a;b&q=x',
      'orientation=icicle&tier=process&scope=descendants',
    ]) {
      assert.deepEqual(roundTrip(parse(query)), parse(query), query);
    }
  });

  it('drops defaults', () => {
    assert.equal(stringifySpanViewState(defaultSpanViewState), '');
    assert.equal(stringifySpanViewState({}), '');
    assert.equal(
      stringifySpanViewState({ scope: 'nearest', orientation: 'flame', q: '', zoom: [] }),
      '',
    );
    // "This span" is a choice once the default is the nearest scope with samples: it is written.
    assert.equal(stringifySpanViewState({ scope: 'span' }), 'scope=span');
    assert.equal(stringifySpanViewState({ spanId: 'abcdef0123456789' }), 'span=abcdef0123456789');
    assert.equal(getSpanViewLink(traceId), `/traces/${traceId}`);
  });

  it('writes keys in one order, whatever order the state has them in', () => {
    const expected =
      'span=abcdef0123456789&scope=trace&tier=label&type=off_cpu&compare=cohort&target=slow&q=json&zoom=main%3Bhandle&orientation=icicle';
    assert.equal(stringifySpanViewState(full), expected);
    const reversed = Object.fromEntries(Object.entries(full).reverse()) as SpanViewState;
    assert.equal(stringifySpanViewState(reversed), expected);
  });

  it("carries the explorer's keys after its own, and nothing else of the page", () => {
    const explorer = new URLSearchParams(
      'foo=1&pod=web-1&span=1111111111111111&q=old&range=6h&service=checkout&zoom=x',
    );
    assert.equal(
      getSpanViewLink(traceId, { spanId: 'abcdef0123456789', q: 'json' }, explorer),
      `/traces/${traceId}?span=abcdef0123456789&q=json&range=6h&service=checkout&pod=web-1`,
    );
    assert.equal(
      getSpanViewLink(traceId, {}, new URLSearchParams('fn=parse')),
      `/traces/${traceId}?fn=parse`,
    );
  });
});

describe('spanViewPatch', () => {
  it('names only the keys of the fields it is given, defaults as removals', () => {
    assert.deepEqual(spanViewPatch({ zoom: ['a', 'b'] }), { zoom: 'a;b' });
    assert.deepEqual(spanViewPatch({ scope: 'nearest', zoom: [] }), { scope: '', zoom: '' });
    assert.deepEqual(spanViewPatch({ scope: 'span' }), { scope: 'span' });
    assert.deepEqual(spanViewPatch({ tier: undefined }), { tier: '' });
    assert.deepEqual(spanViewPatch({ orientation: 'icicle' }), { orientation: 'icicle' });
    assert.deepEqual(spanViewPatch({ orientation: 'flame', q: '' }), { orientation: '', q: '' });
    assert.deepEqual(spanViewPatch({ spanId: 'abcdef0123456789' }), { span: 'abcdef0123456789' });
    assert.deepEqual(spanViewPatch({}), {});
  });

  it('applied to a URL, gives the state with those fields changed', () => {
    const before = new URLSearchParams('span=abcdef0123456789&tier=exact&zoom=a;b&fn=x');
    const after = new URLSearchParams(before);
    for (const [key, value] of Object.entries(spanViewPatch({ scope: 'trace', zoom: [] }))) {
      if (value) after.set(key, value);
      else after.delete(key);
    }
    assert.deepEqual(parseSpanViewUrl(after), {
      ...parseSpanViewUrl(before),
      scope: 'trace',
      zoom: [],
    });
    assert.equal(after.get('fn'), 'x');
  });
});

describe('isSpanViewPath', () => {
  it("tells a span view's path from the others", () => {
    assert.equal(isSpanViewPath(getSpanViewLink(traceId)), true);
    assert.equal(isSpanViewPath('/'), false);
    assert.equal(isSpanViewPath('/sql'), false);
    assert.equal(isSpanViewPath('/api/traces/x'), false);
  });
});

describe('the slice of the span in the URL', () => {
  it('reads sliceFrom/sliceTo as whole ns, and ignores a half or malformed slice', () => {
    assert.deepEqual(parseSpanViewSlice(new URLSearchParams('sliceFrom=100&sliceTo=450')), {
      fromNs: 100,
      toNs: 450,
    });
    for (const query of [
      '',
      'sliceFrom=100',
      'sliceTo=450',
      'sliceFrom=abc&sliceTo=450',
      'sliceFrom=-1&sliceTo=450',
      'sliceFrom=500&sliceTo=450',
      // The explorer's time range, carried in the same URL, is not a slice.
      'from=1700000000000&to=1700000360000',
    ]) {
      assert.equal(parseSpanViewSlice(new URLSearchParams(query)), undefined, query);
    }
  });

  it('writes a slice in whole ns and removes it, leaving the other keys alone', () => {
    const params = new URLSearchParams('span=abcdef0123456789&from=1&to=2');
    for (const [key, value] of Object.entries(spanViewSlicePatch({ fromNs: 1.4, toNs: 2e9 }))) {
      params.set(key, value);
    }
    assert.equal(
      params.toString(),
      'span=abcdef0123456789&from=1&to=2&sliceFrom=1&sliceTo=2000000000',
    );
    assert.deepEqual(parseSpanViewSlice(params), { fromNs: 1, toNs: 2e9 });
    assert.deepEqual(spanViewSlicePatch(undefined), { sliceFrom: '', sliceTo: '' });
  });
});
