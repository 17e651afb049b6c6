import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { spanViewStateFromParams } from '../../../components/url/span-view-state';

const state = (query: string) => spanViewStateFromParams(new URLSearchParams(query));

describe('spanViewStateFromParams', () => {
  it('reads every piece of the view from the query string', () => {
    assert.deepEqual(
      state(
        'span=ABCDEF0123456789&scope=trace&tier=label&q=json&zoom=main%3Bhandle&orientation=icicle',
      ),
      {
        spanId: 'abcdef0123456789',
        malformedSpanId: undefined,
        scope: 'trace',
        tier: 'label',
        q: 'json',
        zoom: ['main', 'handle'],
        orientation: 'icicle',
      },
    );
  });

  it('defaults to the span scope, the API-chosen tier, no zoom and a flame', () => {
    assert.deepEqual(state(''), {
      spanId: undefined,
      malformedSpanId: undefined,
      scope: 'span',
      tier: undefined,
      q: '',
      zoom: [],
      orientation: 'flame',
    });
  });

  it('keeps a malformed span id to name it, and ignores unknown scope and tier values', () => {
    const s = state('span=zz&scope=everything&tier=guess');
    assert.equal(s.spanId, undefined);
    assert.equal(s.malformedSpanId, 'zz');
    assert.equal(s.scope, 'span');
    assert.equal(s.tier, undefined);
  });
});
