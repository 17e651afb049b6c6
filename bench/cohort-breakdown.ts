import type { ClickHouseClient } from '@clickhouse/client';
import { cohortScopeGroups } from '@/lib/correlation/cohort-scope';
import { queryCohortNamedSamples } from '@/lib/correlation/cohort-named-samples';
import { queryCohortsStacks } from '@/lib/correlation/cohort-stacks';
import {
  defaultCohortScope,
  defaultProfileScope,
  type ProfileScope,
} from '@/lib/correlation/correlation-tier';
import { countSamplesPerSpan, countWithNamedHits } from '@/lib/correlation/count-samples-per-span';
import { cohortSpanCap } from '@/lib/correlation/operation-profile';
import { scopeSpans } from '@/lib/correlation/scope-spans';
import { diffDefaults, diffSearch } from '@/lib/correlation/span-diff';
import { queryCohortSpans, type DurationBand } from '@/lib/traces/cohort-spans';
import { queryTrace } from '@/lib/traces/query-trace';
import type { SpanSearch } from '@/lib/traces/span-search';
import type { TraceSpan } from '@/lib/contract/span-models';
import { spanSearchFromParams } from '@/lib/handlers/explorer-handlers';
import { operationParams, slowSpans, type Operation } from './cohort-bench-cases';
import type { TraceLayout } from './fill-query-spans';
import { plantedOperation } from './planted-cohort';
import type { PlantedSpan } from './planted-spans';
import type { Breakdown } from './query-breakdown';
import { timeCalls } from './time-calls';

// No warm-up: the API cases ran the same queries just before.
const options = { warmup: 0, reps: 5, minReps: 2, budgetMs: 8_000 };

async function median(run: () => Promise<unknown>): Promise<number> {
  return (await timeCalls(run, options)).p50Ms;
}

const unique = (groups: readonly (readonly TraceSpan[])[]): TraceSpan[] => [
  ...new Map(groups.flat().map((s) => [`${s.traceId}/${s.spanId}`, s])).values(),
];

/** A cohort's members, as queryCohortMembers reads them, timed step by step. */
async function memberSteps(
  client: ClickHouseClient,
  search: SpanSearch,
  band: DurationBand | undefined,
  scope: ProfileScope,
  prefix: string,
  out: Breakdown,
): Promise<TraceSpan[][]> {
  out[`${prefix}cohortSpans`] = await median(() =>
    queryCohortSpans(client, search, band, cohortSpanCap),
  );
  const { spans } = await queryCohortSpans(client, search, band, cohortSpanCap);
  out[`${prefix}scopeGroups`] = await median(() => cohortScopeGroups(client, spans, scope));
  return cohortScopeGroups(client, spans, scope);
}

/**
 * The samples' steps of cohorts read together (one for a profile, both sides for a diff): the
 * explorer's per-span counts of their spans for reference, then inside queryCohortsStacks its
 * named-samples read (counts and weights), the window counts, and the whole call.
 */
async function stacksSteps(
  client: ClickHouseClient,
  cohorts: TraceSpan[][][],
  out: Breakdown,
): Promise<void> {
  const members = cohorts.map(unique);
  const all = members.flat();
  out.countSamplesPerSpan = await median(() => countSamplesPerSpan(client, all, undefined));
  out.stacks_namedSamples = await median(() => queryCohortNamedSamples(client, members, undefined));
  const named = await queryCohortNamedSamples(client, members, undefined);
  out.stacks_windowCounts = await median(() =>
    countWithNamedHits(client, all, named.hits, undefined),
  );
  out.cohortStacks = await median(() => queryCohortsStacks(client, cohorts, undefined));
  out.spans = all.length;
}

/** An operation profile's steps, over the search the API builds from the same params. */
export async function operationProfileBreakdown(
  client: ClickHouseClient,
  op: Operation,
  layout: TraceLayout,
  scope: ProfileScope,
): Promise<Breakdown> {
  const { search } = spanSearchFromParams(new URLSearchParams(operationParams(op, layout)));
  const out: Breakdown = {};
  const groups = await memberSteps(client, search, undefined, scope, '', out);
  await stacksSteps(client, [groups], out);
  return out;
}

/** A diff's steps: the trace, each side's members, then both sides' samples read together. */
export async function diffBreakdown(
  client: ClickHouseClient,
  span: PlantedSpan,
  target: 'span' | 'slow',
): Promise<Breakdown> {
  const out: Breakdown = { queryTrace: await median(() => queryTrace(client, span.traceId)) };
  const trace = await queryTrace(client, span.traceId);
  const self = trace.find((s) => s.spanId === span.spanId);
  if (!self) throw new Error(`planted span ${span.spanId} is not in its trace`);
  const search = diffSearch(self, { fromMs: undefined, toMs: undefined });
  const scope = defaultProfileScope;
  const slow = { fromQuantile: diffDefaults.slowFrom, toQuantile: 1 };
  const targetGroups =
    target === 'span'
      ? [scopeSpans(trace, span.spanId, scope)]
      : await memberSteps(client, search, slow, scope, 'target_', out);
  const baseGroups = await memberSteps(
    client,
    search,
    diffDefaults.typical,
    scope,
    'baseline_',
    out,
  );
  await stacksSteps(client, [targetGroups, baseGroups], out);
  return out;
}

/** Every cohort breakdown whose case is selected, printed as the span profiles' are. */
export async function timeCohortSubQueries(
  client: ClickHouseClient,
  planted: readonly PlantedSpan[],
  layout: TraceLayout,
  busiest: Operation,
  selected: (key: string) => boolean,
  log: (line: string) => void,
): Promise<Record<string, Breakdown>> {
  const out: Record<string, Breakdown> = {};
  const op = { service: plantedOperation.service, name: plantedOperation.name };
  const slow = slowSpans(planted)[0];
  if (selected('operationProfile'))
    out.operationProfile = await operationProfileBreakdown(client, op, layout, defaultCohortScope);
  if (selected('operationProfileSpanScope'))
    out.operationProfileSpanScope = await operationProfileBreakdown(client, op, layout, 'span');
  if (selected('operationProfileBusiest'))
    out.operationProfileBusiest = await operationProfileBreakdown(
      client,
      busiest,
      layout,
      defaultCohortScope,
    );
  if (slow && selected('spanDiff')) out.spanDiff = await diffBreakdown(client, slow, 'span');
  if (slow && selected('slowDiff')) out.slowDiff = await diffBreakdown(client, slow, 'slow');
  for (const [k, b] of Object.entries(out)) {
    const parts = Object.entries(b).map(([q, ms]) => `${q} ${ms}`);
    log(`  ${k}: ${parts.join(', ')} (ms, median; spans: how many were read)`);
  }
  return out;
}
