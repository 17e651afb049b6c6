import 'server-only';
import type { ClickHouseClient } from '@clickhouse/client';
import {
  correlationTiers,
  defaultProfileScope,
  profileScopes,
  scopeRequests,
} from '../correlation/correlation-tier';
import { querySpanBreakdown } from '../correlation/span-breakdown';
import { querySpanContext } from '../correlation/span-context';
import { diffDefaults, querySpanDiff } from '../correlation/span-diff';
import { resolveSpanProfile } from '../correlation/span-profile';
import type { SpanSamplesRequest } from '../correlation/span-sample-selection';
import { querySpanTimeline } from '../correlation/thread-timeline';
import { downloadFormats, downloadSpanProfile } from '../download/download-span-profile';
import { inlineSqlParams } from '../clickhouse/sql';
import { queryTrace, traceSpansQuery } from '../traces/query-trace';
import {
  diffBaselines,
  diffTargets,
  type SpanBreakdown,
  type SpanContext,
  type SpanDiff,
  type SpanProfile,
} from '../contract/profile-models';
import type { TraceResponse } from '../contract/responses';
import type { SpanTimeline } from '../contract/timeline-models';
import { BadRequest, notFound, ok, type ApiResult } from './api-result';
import {
  oneOf,
  optionalNumber,
  optionalString,
  sliceParams,
  spanIdParam,
  timeParam,
  traceIdParam,
} from './parse-params';

/** GET /api/traces/<traceId> → { traceId, spans: TraceSpan[] } */
export async function traceApi(
  client: ClickHouseClient,
  traceIdRaw: string,
): Promise<ApiResult<TraceResponse>> {
  const traceId = traceIdParam(traceIdRaw);
  const spans = await queryTrace(client, traceId);
  if (spans.length === 0) return notFound(`no spans of trace ${traceId} are stored`);
  return ok({ traceId, spans, sql: inlineSqlParams(traceSpansQuery(traceId)) });
}

/**
 * Which samples of a span a request asks for, as the profile and the timeline both read it:
 * scope (default span), tier (default the most certain with samples) and sampleType (the one
 * whose hits choose them).
 */
function spanSamplesRequest(
  traceIdRaw: string,
  spanIdRaw: string,
  params: URLSearchParams,
): SpanSamplesRequest {
  return {
    traceId: traceIdParam(traceIdRaw),
    spanId: spanIdParam(spanIdRaw),
    scope: oneOf(params, 'scope', scopeRequests) ?? defaultProfileScope,
    tier: oneOf(params, 'tier', correlationTiers),
    sampleType: optionalString(params, 'sampleType', 64),
  };
}

/**
 * GET /api/traces/<traceId>/spans/<spanId>/profile?scope=span|descendants|trace|nearest&tier=&sampleType=&from=&to=
 * → SpanProfile: { tier, tierCounts, coverage, unit, total, tree, sql }; with
 * format=pprof|speedscope|collapsed, the profile as a file in that format. `from`/`to` (ns from
 * the span's start) keep the samples inside that slice of it.
 */
export async function spanProfileApi(
  client: ClickHouseClient,
  traceIdRaw: string,
  spanIdRaw: string,
  params: URLSearchParams,
): Promise<ApiResult<SpanProfile>> {
  const request = {
    ...spanSamplesRequest(traceIdRaw, spanIdRaw, params),
    slice: sliceParams(params),
  };
  const { traceId, spanId } = request;
  const format = oneOf(params, 'format', downloadFormats);
  const trace = await queryTrace(client, traceId);
  const resolved = await resolveSpanProfile(client, trace, request);
  if (!resolved) return notFound(`span ${spanId} is not in trace ${traceId}`);
  if (!format) return ok(resolved.profile);
  const context = await querySpanContext(client, resolved.span);
  return downloadSpanProfile(resolved, context, format);
}

/**
 * GET /api/traces/<traceId>/spans/<spanId>/breakdown?scope=span|descendants|trace&tier=
 * → SpanBreakdown: { onCpuNs, offCpuNs, unaccountedNs, coverage, byThread, sql }.
 */
export async function spanBreakdownApi(
  client: ClickHouseClient,
  traceIdRaw: string,
  spanIdRaw: string,
  params: URLSearchParams,
): Promise<ApiResult<SpanBreakdown>> {
  const traceId = traceIdParam(traceIdRaw);
  const spanId = spanIdParam(spanIdRaw);
  const scope = oneOf(params, 'scope', profileScopes) ?? defaultProfileScope;
  const tier = oneOf(params, 'tier', correlationTiers);
  const trace = await queryTrace(client, traceId);
  const breakdown = await querySpanBreakdown(client, trace, { traceId, spanId, scope, tier });
  if (!breakdown) return notFound(`span ${spanId} is not in trace ${traceId}`);
  return ok(breakdown);
}

/** GET /api/traces/<traceId>/spans/<spanId>/context → SpanContext: { fields } */
export async function spanContextApi(
  client: ClickHouseClient,
  traceIdRaw: string,
  spanIdRaw: string,
): Promise<ApiResult<SpanContext>> {
  const traceId = traceIdParam(traceIdRaw);
  const spanId = spanIdParam(spanIdRaw);
  const span = (await queryTrace(client, traceId)).find((s) => s.spanId === spanId);
  if (!span) return notFound(`span ${spanId} is not in trace ${traceId}`);
  return ok(await querySpanContext(client, span));
}

/**
 * GET /api/traces/<traceId>/spans/<spanId>/diff?baseline=cohort|previous-revision&target=span|slow
 *   &from=&to=&typicalFrom=40&typicalTo=60&slowFrom=90&sampleType=&scope=span|descendants|trace
 * → SpanDiff: { baseline: { spans, total }, target: { spans, total }, tree }, per span, where
 * each node carries the target's value and the baseline's.
 */
export async function spanDiffApi(
  client: ClickHouseClient,
  traceIdRaw: string,
  spanIdRaw: string,
  params: URLSearchParams,
): Promise<ApiResult<SpanDiff>> {
  const traceId = traceIdParam(traceIdRaw);
  const spanId = spanIdParam(spanIdRaw);
  const percent = (name: string, fallback: number) => {
    const given = optionalNumber(params, name, { min: 0, max: 100 });
    return given === undefined ? fallback : given / 100;
  };
  const typical = {
    fromQuantile: percent('typicalFrom', diffDefaults.typical.fromQuantile),
    toQuantile: percent('typicalTo', diffDefaults.typical.toQuantile),
  };
  if (typical.fromQuantile > typical.toQuantile) {
    throw new BadRequest('typicalFrom must not be above typicalTo');
  }
  const fromMs = timeParam(params, 'from');
  const toMs = timeParam(params, 'to');
  if (fromMs !== undefined && toMs !== undefined && fromMs > toMs) {
    throw new BadRequest('from must not be after to');
  }
  const trace = await queryTrace(client, traceId);
  const diff = await querySpanDiff(client, trace, {
    spanId,
    baseline: oneOf(params, 'baseline', diffBaselines) ?? diffDefaults.baseline,
    target: oneOf(params, 'target', diffTargets) ?? diffDefaults.target,
    fromMs,
    toMs,
    typical,
    slowFrom: percent('slowFrom', diffDefaults.slowFrom),
    sampleType: optionalString(params, 'sampleType', 64),
    scope: oneOf(params, 'scope', profileScopes) ?? defaultProfileScope,
  });
  if (!diff) return notFound(`span ${spanId} is not in trace ${traceId}`);
  return ok(diff);
}

/**
 * GET /api/traces/<traceId>/spans/<spanId>/timeline?scope=&tier=&sampleType= → SpanTimeline: the
 * threads that ran for the span and their samples, under the scope and tier the profile uses.
 */
export async function spanTimelineApi(
  client: ClickHouseClient,
  traceIdRaw: string,
  spanIdRaw: string,
  params: URLSearchParams,
): Promise<ApiResult<SpanTimeline>> {
  const request = spanSamplesRequest(traceIdRaw, spanIdRaw, params);
  const { traceId, spanId } = request;
  const timeline = await querySpanTimeline(client, await queryTrace(client, traceId), request);
  if (!timeline) return notFound(`span ${spanId} is not in trace ${traceId}`);
  return ok(timeline);
}
