import 'server-only';
import type { ClickHouseClient } from '@clickhouse/client';
import { queryOperations, queryServices } from '../traces/query-services';
import { inlineSqlParams } from '../clickhouse/sql';
import { queryOperationProfile } from '../correlation/operation-profile';
import { defaultCohortScope, profileScopes } from '../correlation/correlation-tier';
import { querySpansRunningFunction } from '../correlation/spans-running-function';
import { searchSpans, spanSearchQuery } from '../traces/search-spans';
import { querySpanLatency } from '../traces/span-latency';
import { countMatchingTraces, searchTraces, traceSearchQuery } from '../traces/search-traces';
import type { SpanSearch } from '../traces/span-search';
import type { OperationProfile } from '../contract/profile-models';
import type {
  FunctionSpansResponse,
  OperationsResponse,
  ServicesResponse,
  SpansResponse,
  TracesResponse,
} from '../contract/responses';
import { BadRequest, ok, type ApiResult } from './api-result';
import { oneOf, optionalFlag, optionalNumber, optionalString, timeParam } from './parse-params';

/** GET /api/services → { services: string[] } */
export async function servicesApi(client: ClickHouseClient): Promise<ApiResult<ServicesResponse>> {
  return ok({ services: await queryServices(client) });
}

/** GET /api/operations?service= → { operations: string[] } */
export async function operationsApi(
  client: ClickHouseClient,
  params: URLSearchParams,
): Promise<ApiResult<OperationsResponse>> {
  return ok({ operations: await queryOperations(client, optionalString(params, 'service')) });
}

/**
 * GET /api/spans?service=&operation=&minDurationMs=&from=&to=&namespace=&deployment=&pod=&errors=1&profiled=1&attr=&sampleType=&limit=
 * → { spans: SpanSummary[], truncated, matched, latency }, slowest first; truncated says more
 * spans matched than `limit` (default 100), matched how many, latency is all of them as a
 * heatmap. namespace, deployment and pod match substrings of the span's own or learned context.
 * profiled=1 keeps spans with samples among the 1,000 slowest matches (`scanned` says how many). `from`/`to` default to the last hour; samples of `sampleType` (default
 * on-CPU) are counted.
 */
export async function spansApi(
  client: ClickHouseClient,
  params: URLSearchParams,
): Promise<ApiResult<SpansResponse>> {
  const { search, limit } = spanSearchFromParams(params);
  const listed = await slowestPage(
    params,
    search,
    limit,
    (s) => searchSpans(client, s),
    (s) => s.samples > 0,
  );
  const { matched, latency } = await querySpanLatency(client, search);
  return ok({
    spans: listed.page,
    truncated: listed.truncated(matched),
    matched,
    scanned: listed.scanned,
    latency,
    sql: inlineSqlParams(spanSearchQuery(listed.shownSearch)),
  });
}

/**
 * GET /api/traces?<the filters of /api/spans>&limit= → { traces: TraceSummary[], truncated,
 * matched, scanned, sql }: the traces with a matching span, by their slowest matching span.
 */
export async function tracesApi(
  client: ClickHouseClient,
  params: URLSearchParams,
): Promise<ApiResult<TracesResponse>> {
  const { search, limit } = spanSearchFromParams(params);
  const listed = await slowestPage(
    params,
    search,
    limit,
    (s) => searchTraces(client, s),
    (t) => t.profiledSpans > 0,
  );
  const matched = await countMatchingTraces(client, search);
  return ok({
    traces: listed.page,
    truncated: listed.truncated(matched),
    matched,
    scanned: listed.scanned,
    sql: inlineSqlParams(traceSearchQuery(listed.shownSearch)),
  });
}

/** How many of the slowest matches `profiled=1` checks for samples. */
const profiledScanLimit = 1000;

/**
 * One page of the slowest matches, spans or traces alike. With `profiled=1` the slowest
 * `profiledScanLimit` are checked and those with samples kept: samples are matched per span, so
 * the condition cannot be put in the search's SQL.
 */
async function slowestPage<T>(
  params: URLSearchParams,
  search: SpanSearch,
  limit: number,
  find: (search: SpanSearch) => Promise<T[]>,
  hasSamples: (item: T) => boolean,
): Promise<{
  page: T[];
  /** With profiled=1, how many were checked; else null. */
  scanned: number | null;
  /** Whether more than the page match, given how many match in all. */
  truncated: (matched: number) => boolean;
  /** The search "Show SQL" opens. */
  shownSearch: SpanSearch;
}> {
  const profiledOnly = optionalFlag(params, 'profiled');
  const scan = profiledOnly ? { ...search, limit: profiledScanLimit } : search;
  const candidates = await find(scan);
  const found = profiledOnly ? candidates.filter(hasSamples) : candidates;
  return {
    page: found.slice(0, limit),
    scanned: profiledOnly ? candidates.length : null,
    truncated: (matched) => found.length > limit || (profiledOnly && candidates.length < matched),
    shownSearch: { ...scan, limit: profiledOnly ? profiledScanLimit : limit },
  };
}

/** The explorer's filters from a query string; `search.limit` asks one more than `limit`. */
export function spanSearchFromParams(params: URLSearchParams): {
  search: SpanSearch;
  limit: number;
} {
  const toMs = timeParam(params, 'to') ?? Date.now();
  const fromMs = timeParam(params, 'from') ?? toMs - 3_600_000;
  if (fromMs > toMs) throw new BadRequest('from must not be after to');
  const attr = optionalString(params, 'attr');
  let attribute: { key: string; value: string } | undefined;
  if (attr !== undefined) {
    const eq = attr.indexOf('=');
    if (eq <= 0) throw new BadRequest(`attr must be key=value, got ${JSON.stringify(attr)}`);
    attribute = { key: attr.slice(0, eq).trim(), value: attr.slice(eq + 1).trim() };
  }
  const limit = optionalNumber(params, 'limit', { min: 1, max: 1000 }) ?? 100;
  const search: SpanSearch = {
    fromMs,
    toMs,
    service: optionalString(params, 'service'),
    operation: optionalString(params, 'operation'),
    minDurationMs: optionalNumber(params, 'minDurationMs', { min: 0, max: 86_400_000 }),
    namespace: optionalString(params, 'namespace'),
    deployment: optionalString(params, 'deployment'),
    pod: optionalString(params, 'pod'),
    errorsOnly: optionalFlag(params, 'errors'),
    attribute,
    sampleType: optionalString(params, 'sampleType', 64),
    // One more than asked says whether there were more.
    limit: limit + 1,
  };
  return { search, limit };
}

/**
 * GET /api/functions/spans?function=&from=&to=&service=&sampleType=&limit= → { spans, sql }: the slowest spans
 * whose (linked or labelled) samples contain a function, with the share of their samples in it.
 */
export async function spansRunningFunctionApi(
  client: ClickHouseClient,
  params: URLSearchParams,
): Promise<ApiResult<FunctionSpansResponse>> {
  const fn = optionalString(params, 'function', 256);
  if (fn === undefined) throw new BadRequest('function must name (part of) a function');
  const toMs = timeParam(params, 'to') ?? Date.now();
  const fromMs = timeParam(params, 'from') ?? toMs - 3_600_000;
  if (fromMs > toMs) throw new BadRequest('from must not be after to');
  return ok(
    await querySpansRunningFunction(client, {
      fn,
      fromMs,
      toMs,
      service: optionalString(params, 'service'),
      sampleType: optionalString(params, 'sampleType', 64),
      limit: optionalNumber(params, 'limit', { min: 1, max: 1000 }) ?? 50,
    }),
  );
}

/**
 * GET /api/operations/profile?service=&operation=&from=&to=&namespace=&deployment=&pod=&sampleType=
 *   &scope=span|descendants|trace (default descendants)
 * → OperationProfile: the merged flame graph of every span of one operation in the window (at
 * most 1,000 spans, a fixed pseudo-random subset past that), each span's scope at its best tier.
 */
export async function operationProfileApi(
  client: ClickHouseClient,
  params: URLSearchParams,
): Promise<ApiResult<OperationProfile>> {
  const { search } = spanSearchFromParams(params);
  const { service, operation } = search;
  if (service === undefined) throw new BadRequest("service must name the operation's service");
  if (operation === undefined) throw new BadRequest('operation must name a span name of service');
  const scope = oneOf(params, 'scope', profileScopes) ?? defaultCohortScope;
  return ok(
    await queryOperationProfile(
      client,
      { ...search, service, operation },
      { sampleType: search.sampleType, scope },
    ),
  );
}
