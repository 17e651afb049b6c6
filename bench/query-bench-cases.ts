import type { ClickHouseClient } from '@clickhouse/client';
import type { ApiResult } from '@/lib/handlers/api-result';
import { spansApi } from '@/lib/handlers/explorer-handlers';
import { spanProfileApi, traceApi } from '@/lib/handlers/trace-handlers';
import type { SpanProfile } from '@/lib/contract/profile-models';
import type { SpanSummary } from '@/lib/contract/span-models';
import type { PlantedSpan } from './planted-spans';

/** One measured API call, as the route handler makes it; `check` says what is wrong with an answer. */
export interface QueryCase {
  /** Key in the JSON line. */
  key: string;
  label: string;
  call: (i: number) => Promise<ApiResult<unknown>>;
  check: (r: ApiResult<unknown>) => string | undefined;
}

/** The slow-span searches: a service that links samples, and one the window tiers must cover. */
export const searches = [
  { key: 'search', service: 'checkout', minDurationMs: 100 },
  { key: 'searchWindowOnlyService', service: 'recommendation', minDurationMs: 100 },
] as const;

const pick = <T>(xs: readonly T[], i: number): T => {
  const x = xs[i % xs.length];
  if (x === undefined) throw new Error('no targets for a bench case');
  return x;
};

function profileCase(
  client: ClickHouseClient,
  key: string,
  label: string,
  spans: readonly PlantedSpan[],
  params: Record<string, string>,
  expect: (p: SpanProfile, s: PlantedSpan) => string | undefined,
): QueryCase {
  let last: PlantedSpan | undefined;
  return {
    key,
    label,
    call: (i) => {
      last = pick(spans, i);
      return spanProfileApi(client, last.traceId, last.spanId, new URLSearchParams(params));
    },
    check: (r) =>
      r.status !== 200 || !last ? `status ${r.status}` : expect(r.body as SpanProfile, last),
  };
}

function searchCase(client: ClickHouseClient, s: (typeof searches)[number]): QueryCase {
  const params = { service: s.service, minDurationMs: String(s.minDurationMs), limit: '100' };
  return {
    key: s.key,
    label: `span search: last 1 h, service ${s.service}, ≥ ${s.minDurationMs} ms, limit 100`,
    call: () => spansApi(client, new URLSearchParams(params)),
    check: (r) => {
      const found = (r.body as { spans?: SpanSummary[] }).spans?.length ?? 0;
      return r.status === 200 && found === 100 ? undefined : `status ${r.status}, ${found} spans`;
    },
  };
}

/** Every measured case, in the order they run. */
export function queryBenchCases(
  client: ClickHouseClient,
  planted: readonly PlantedSpan[],
  sizes: readonly number[],
  traceIds: readonly string[],
): QueryCase[] {
  const exact = sizes.map((n) =>
    profileCase(
      client,
      `spanProfile${n}`,
      `span profile, ${n} linked samples (auto tier)`,
      planted.filter((p) => p.group === `exact-${n}`),
      {},
      (p, s) =>
        p.tier === 'exact' && p.coverage.found === s.hits.hits
          ? undefined
          : `tier ${p.tier}, ${p.coverage.found} samples`,
    ),
  );
  const windows = planted.filter((p) => p.group === 'window');
  return [
    {
      key: 'traceView',
      label: 'trace view (traceApi), generated traces',
      call: (i) => traceApi(client, pick(traceIds, i)),
      check: (r) => (r.status === 200 ? undefined : `status ${r.status}`),
    },
    ...exact,
    profileCase(
      client,
      'spanProfileWindowAuto',
      'span profile, no linked samples (auto tier)',
      windows,
      {},
      (p) => (p.tier === 'thread' && p.coverage.found > 0 ? undefined : `tier ${p.tier}`),
    ),
    profileCase(
      client,
      'spanProfileWindowProcess',
      'span profile, no linked samples, tier=process',
      windows,
      { tier: 'process' },
      (p, s) =>
        p.tier === 'process' && p.coverage.found >= s.hits.hits
          ? undefined
          : `tier ${p.tier}, ${p.coverage.found}`,
    ),
    ...searches.map((s) => searchCase(client, s)),
  ];
}
