import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { spanTimelineResponse } from '@/lib/contract/responses';
import { spanProfileApi, spanTimelineApi } from '@/lib/handlers/trace-handlers';
import { okBody, refusal } from '@/test/support/api-answer';
import { ms } from '@/test/support/correlation-fixture';
import { openTempStore, type TempStore } from '@/test/support/temp-store';
import {
  loadThreadTimelineFixture,
  type ThreadTimelineFixture,
} from '@/test/support/thread-timeline-fixture';
import { randomId } from '@/test/support/trace-request';

describe('GET …/spans/<s>/timeline and the profile’s from/to', () => {
  let store: TempStore;
  let fx: ThreadTimelineFixture;
  before(async () => {
    store = await openTempStore();
    fx = await loadThreadTimelineFixture(store);
  });
  after(() => store.close());

  const q = (o: Record<string, string>) => new URLSearchParams(o);

  it('answers the timeline in the shape the contract declares, under the scope and tier asked', async () => {
    const body = await okBody(() => spanTimelineApi(store.client, fx.traceId, fx.spanId, q({})));
    const read = spanTimelineResponse.safeParse(JSON.parse(JSON.stringify(body)));
    assert.ok(read.success, read.error?.message);
    assert.equal(body.threads.length, 2);
    assert.equal(body.tier, 'process');
    const exact = await okBody(() =>
      spanTimelineApi(store.client, fx.traceId, fx.spanId, q({ tier: 'exact' })),
    );
    assert.equal(exact.tier, 'exact');
    assert.deepEqual(exact.threads, [], 'no sample is linked to the span');
    const bad = await refusal(() =>
      spanTimelineApi(store.client, fx.traceId, fx.spanId, q({ scope: 'galaxy' })),
    );
    assert.equal(bad.status, 400);
    assert.match(bad.error, /scope must be one of/);
    const unknown = await refusal(() =>
      spanTimelineApi(store.client, fx.traceId, randomId(8), q({})),
    );
    assert.equal(unknown.status, 404);
  });

  it('cuts the profile to from/to, ns offsets from the span start', async () => {
    const whole = await okBody(() => spanProfileApi(store.client, fx.traceId, fx.spanId, q({})));
    const slice = await okBody(() =>
      spanProfileApi(
        store.client,
        fx.traceId,
        fx.spanId,
        q({ from: String(450n * ms), to: String(1000n * ms) }),
      ),
    );
    assert.equal(whole.total, 7 * fx.periodNs);
    assert.equal(slice.total, 3 * fx.periodNs);
  });

  it('refuses a bad from or to with 400 naming it', async () => {
    for (const [params, message] of [
      [{ from: 'abc' }, /^from must be whole nanoseconds/],
      [{ from: '-5' }, /^from must be whole nanoseconds/],
      [{ to: '1.5' }, /^to must be whole nanoseconds/],
      [{ to: '1e9' }, /^to must be whole nanoseconds/],
      [{ from: '9007199254740993' }, /^from must be whole nanoseconds/],
      [{ from: '500', to: '100' }, /^from must not be after to/],
    ] as const) {
      const res = await refusal(() =>
        spanProfileApi(store.client, fx.traceId, fx.spanId, q(params)),
      );
      assert.equal(res.status, 400, JSON.stringify(params));
      assert.match(res.error, message, JSON.stringify(params));
    }
  });
});
