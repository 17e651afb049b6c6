import type { ClickHouseClient } from '@clickhouse/client';
import { param, sql } from '@/lib/clickhouse/sql';
import type { ApiResult } from '@/lib/handlers/api-result';
import { operationProfileApi } from '@/lib/handlers/explorer-handlers';
import { spanDiffApi } from '@/lib/handlers/trace-handlers';
import type { OperationProfile, SpanDiff } from '@/lib/contract/profile-models';
import { periodNs } from './fill-query-samples';
import type { TraceLayout } from './fill-query-spans';
import { plantedScope } from './fill-query-spans';
import { plantedOperation } from './planted-cohort';
import type { PlantedSpan } from './planted-spans';
import type { QueryCase } from './query-bench-cases';

/** An operation: service and span name. */
export interface Operation {
  service: string;
  name: string;
}

/** The generated operation with the most spans (the cohort cap keeps 1,000 of them). */
export async function busiestOperation(client: ClickHouseClient): Promise<Operation> {
  const rs = await client.query({
    ...sql`SELECT ServiceName AS service, SpanName AS name FROM otel_traces
      WHERE ScopeName != ${param('String', plantedScope)}
      GROUP BY service, name ORDER BY count() DESC, service, name LIMIT 1`,
    format: 'JSONEachRow',
  });
  const [op] = await rs.json<Operation>();
  if (!op) throw new Error('the store has no generated spans');
  return op;
}

/** The planted operation's spans, slowest first. */
export function cohortSpans(planted: readonly PlantedSpan[]): PlantedSpan[] {
  return planted
    .filter((p) => p.group === 'cohort')
    .sort((a, b) => (a.durationNs < b.durationNs ? 1 : a.durationNs > b.durationNs ? -1 : 0));
}

/** The slow spans a diff case picks from: the slowest 5% of the planted operation. */
export function slowSpans(planted: readonly PlantedSpan[]): PlantedSpan[] {
  const spans = cohortSpans(planted);
  return spans.slice(0, Math.max(1, Math.ceil(spans.length / 20)));
}

/** Search params of an operation over the whole generated window. */
export function operationParams(op: Operation, layout: TraceLayout): Record<string, string> {
  const ms = (ns: bigint) => String(ns / 1_000_000n);
  return {
    service: op.service,
    operation: op.name,
    from: ms(layout.windowStartNs),
    to: ms(layout.windowEndNs + 60_000_000_000n),
  };
}

function profileCase(
  client: ClickHouseClient,
  key: string,
  label: string,
  params: Record<string, string>,
  /** Fewest hits the profile must cover; the planted operation's spans all have samples. */
  expect: { minHits: number; allSampled: boolean },
): QueryCase {
  return {
    key,
    label,
    call: () => operationProfileApi(client, new URLSearchParams(params)),
    check: (r) => {
      if (r.status !== 200) return `status ${r.status}`;
      const p = r.body as OperationProfile;
      const hits = p.total / periodNs;
      const sampled = !expect.allSampled || p.spans.withSamples === p.spans.used;
      return sampled && hits >= expect.minHits
        ? undefined
        : `${p.spans.withSamples} of ${p.spans.used} spans with samples, ${hits} hits`;
    },
  };
}

function diffCase(
  client: ClickHouseClient,
  key: string,
  label: string,
  spans: readonly PlantedSpan[],
  params: Record<string, string>,
): QueryCase {
  return {
    key,
    label,
    call: (i) => {
      const s = spans[i % spans.length];
      if (!s) throw new Error('no slow spans planted');
      return spanDiffApi(client, s.traceId, s.spanId, new URLSearchParams(params));
    },
    check: (r: ApiResult<unknown>) => {
      if (r.status !== 200) return `status ${r.status}`;
      const d = r.body as SpanDiff;
      return d.baseline.spans.withSamples > 0 && d.target.total > 0
        ? undefined
        : `baseline ${d.baseline.spans.withSamples} spans with samples, target ${d.target.total}`;
    },
  };
}

/** The cohort cases: operation profiles of the planted and the busiest operation, then diffs. */
export function cohortBenchCases(
  client: ClickHouseClient,
  spans: readonly PlantedSpan[],
  layout: TraceLayout,
  busiest: Operation,
): QueryCase[] {
  const op = operationParams(plantedOperation, layout);
  const slow = slowSpans(spans);
  const name = `${plantedOperation.service} ${plantedOperation.name}`;
  // The cap keeps 1,000 of the 1,200 spans; their hits follow the generator's, ~1M.
  const planted = { minHits: 750_000, allSampled: true };
  return [
    profileCase(
      client,
      'operationProfile',
      `operation profile, ${name} (scope descendants)`,
      op,
      planted,
    ),
    profileCase(
      client,
      'operationProfileSpanScope',
      `operation profile, ${name} (scope span)`,
      { ...op, scope: 'span' },
      planted,
    ),
    profileCase(
      client,
      'operationProfileBusiest',
      `operation profile, busiest generated operation ${busiest.service} ${busiest.name}`,
      operationParams(busiest, layout),
      { minHits: 1, allSampled: false },
    ),
    diffCase(client, 'spanDiff', `diff, one slow ${plantedOperation.name} vs p40–p60`, slow, {}),
    diffCase(client, 'slowDiff', `diff, ≥ p90 of ${plantedOperation.name} vs p40–p60`, slow, {
      target: 'slow',
    }),
  ];
}
