import type { ClickHouseClient } from '@clickhouse/client';
import { correlationTiers, profileScopes } from '../correlation/correlation-tier';
import { querySpanContext } from '../correlation/span-context';
import { querySpanProfile } from '../correlation/span-profile';
import { queryTrace } from '../traces/query-trace';
import { notFound, ok, type ApiResult } from './api-result';
import { oneOf, optionalString, spanIdParam, traceIdParam } from './parse-params';

/** GET /api/traces/<traceId> → { traceId, spans: TraceSpan[] } */
export async function traceApi(client: ClickHouseClient, traceIdRaw: string): Promise<ApiResult> {
  const traceId = traceIdParam(traceIdRaw);
  const spans = await queryTrace(client, traceId);
  if (spans.length === 0) return notFound(`no spans of trace ${traceId} are stored`);
  return ok({ traceId, spans });
}

/**
 * GET /api/traces/<traceId>/spans/<spanId>/profile?scope=span|descendants|trace&tier=&sampleType=
 * → SpanProfile: { tier, tierCounts, coverage, unit, total, tree }
 */
export async function spanProfileApi(
  client: ClickHouseClient,
  traceIdRaw: string,
  spanIdRaw: string,
  params: URLSearchParams,
): Promise<ApiResult> {
  const traceId = traceIdParam(traceIdRaw);
  const spanId = spanIdParam(spanIdRaw);
  const scope = oneOf(params, 'scope', profileScopes) ?? 'span';
  const tier = oneOf(params, 'tier', correlationTiers);
  const sampleType = optionalString(params, 'sampleType', 64) ?? 'cpu';
  const trace = await queryTrace(client, traceId);
  const profile = await querySpanProfile(client, trace, {
    traceId,
    spanId,
    scope,
    tier,
    sampleType,
  });
  if (!profile) return notFound(`span ${spanId} is not in trace ${traceId}`);
  return ok(profile);
}

/** GET /api/traces/<traceId>/spans/<spanId>/context → SpanContext: { fields } */
export async function spanContextApi(
  client: ClickHouseClient,
  traceIdRaw: string,
  spanIdRaw: string,
): Promise<ApiResult> {
  const traceId = traceIdParam(traceIdRaw);
  const spanId = spanIdParam(spanIdRaw);
  const span = (await queryTrace(client, traceId)).find((s) => s.spanId === spanId);
  if (!span) return notFound(`span ${spanId} is not in trace ${traceId}`);
  return ok(await querySpanContext(client, span));
}
