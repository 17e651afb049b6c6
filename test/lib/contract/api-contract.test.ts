import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { z } from 'zod';
import { answer, type ApiResult } from '@/lib/handlers/api-result';
import {
  operationsApi,
  servicesApi,
  spansApi,
  spansRunningFunctionApi,
} from '@/lib/handlers/explorer-handlers';
import { schemaApi } from '@/lib/handlers/sql-handlers';
import {
  spanContextApi,
  spanProfileApi,
  spanTimelineApi,
  traceApi,
} from '@/lib/handlers/trace-handlers';
import {
  functionSpansResponse,
  operationsResponse,
  schemaResponse,
  servicesResponse,
  spanContextResponse,
  spanProfileResponse,
  spanTimelineResponse,
  spansResponse,
  traceResponse,
} from '@/lib/contract/responses';
import {
  loadCorrelationFixture,
  type CorrelationFixture,
} from '@/test/support/correlation-fixture';
import { openTempStore, type TempStore } from '@/test/support/temp-store';

/**
 * The read contract holds on real answers: every handler's 200 body, read from a real store (64-bit
 * numbers arrive from ClickHouse as strings, maps as objects), parses with the schema the browser
 * reads it with, and an answer of another shape does not.
 */
describe('the read API answers what lib/contract/responses.ts declares', () => {
  let store: TempStore;
  let fx: CorrelationFixture;
  before(async () => {
    store = await openTempStore();
    fx = await loadCorrelationFixture(store);
  });
  after(() => store.close());

  const from = String(Date.now() - 3_600_000);
  const q = (o: Record<string, string>): URLSearchParams => new URLSearchParams(o);

  async function holds<T>(
    name: string,
    schema: z.ZodType<T>,
    run: () => Promise<ApiResult<T>>,
  ): Promise<T> {
    const result = await answer(run);
    assert.equal(result.status, 200, `${name}: ${JSON.stringify(result.body)}`);
    // Through JSON, as the browser receives it.
    const read = schema.safeParse(JSON.parse(JSON.stringify(result.body)));
    assert.ok(read.success, `${name}: ${read.error?.message ?? ''}`);
    return read.data;
  }

  it('for every endpoint, on the correlation fixture', async () => {
    const client = store.client;
    assert.ok(
      (await holds('services', servicesResponse, () => servicesApi(client))).services.length > 0,
    );
    await holds('operations', operationsResponse, () => operationsApi(client, q({})));
    const spans = await holds('spans', spansResponse, () => spansApi(client, q({ from })));
    assert.ok(
      spans.spans.some((s) => s.samples > 0),
      'a span with samples is in the answer',
    );
    await holds('function spans', functionSpansResponse, () =>
      spansRunningFunctionApi(client, q({ function: 'a', from })),
    );
    const trace = await holds('trace', traceResponse, () => traceApi(client, fx.traceId));
    for (const span of trace.spans) {
      for (const scope of ['span', 'descendants', 'trace']) {
        const profile = await holds(`profile ${span.spanId} ${scope}`, spanProfileResponse, () =>
          spanProfileApi(client, fx.traceId, span.spanId, q({ scope })),
        );
        assert.equal(profile.scope, scope);
        const timeline = await holds(`timeline ${span.spanId} ${scope}`, spanTimelineResponse, () =>
          spanTimelineApi(client, fx.traceId, span.spanId, q({ scope })),
        );
        assert.equal(timeline.tier, profile.tier);
      }
      await holds(`context ${span.spanId}`, spanContextResponse, () =>
        spanContextApi(client, fx.traceId, span.spanId),
      );
    }
    await holds('schema', schemaResponse, () => schemaApi(client));
  });

  it('and refuses an answer of another shape, naming the field', async () => {
    const result = await answer(() => spansApi(store.client, q({ from })));
    assert.equal(result.status, 200);
    const body = JSON.parse(JSON.stringify(result.body)) as { spans: { samples: unknown }[] };
    const first = body.spans[0];
    assert.ok(first);
    first.samples = String(first.samples);
    const read = spansResponse.safeParse(body);
    assert.equal(read.success, false);
    assert.deepEqual(
      read.error.issues.map((i) => i.path),
      [['spans', 0, 'samples']],
    );
  });
});
