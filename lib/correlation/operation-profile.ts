import 'server-only';
import type { ClickHouseClient } from '@clickhouse/client';
import { inlineSqlParams } from '../clickhouse/sql';
import type { CohortSummary, OperationProfile } from '../contract/profile-models';
import type { TraceSpan } from '../contract/span-models';
import { stackRowsToFlameTree } from '../flame/stack-rows-to-flame-tree';
import {
  queryCohortSpans,
  type CohortSpans,
  type DurationBand,
  type DurationBounds,
} from '../traces/cohort-spans';
import type { SpanSearch } from '../traces/span-search';
import { cohortScopeGroups } from './cohort-scope';
import { queryCohortStacks, type CohortStacks } from './cohort-stacks';
import type { ProfileScope } from './correlation-tier';
import { weightedStacksQuery } from './weighted-stacks';

/** At most this many spans' samples are merged into one cohort profile. */
export const cohortSpanCap = 1000;

/** A cohort's spans and merged samples. */
export interface Cohort {
  spans: CohortSpans;
  stacks: CohortStacks;
  summary: CohortSummary;
}

/** What a cohort's profile covers: the sample type, and each member's scope. */
export interface CohortSamples {
  sampleType: string | undefined;
  scope: ProfileScope;
}

/** A cohort's spans and each member's scope, before their samples are read. */
export interface CohortMembers {
  spans: CohortSpans;
  groups: TraceSpan[][];
}

/** The spans of a search (within a band, or bounds read for it already) and each one's scope. */
export async function queryCohortMembers(
  client: ClickHouseClient,
  search: SpanSearch,
  band: DurationBand | undefined,
  scope: ProfileScope,
  bounds?: DurationBounds,
): Promise<CohortMembers> {
  const spans = await queryCohortSpans(client, search, band, cohortSpanCap, bounds);
  return { spans, groups: await cohortScopeGroups(client, spans.spans, scope) };
}

/** The spans of a search (within a band) and their scopes' samples of a type, merged. */
export async function queryCohort(
  client: ClickHouseClient,
  search: SpanSearch,
  band: DurationBand | undefined,
  { sampleType, scope }: CohortSamples,
): Promise<Cohort> {
  const { spans, groups } = await queryCohortMembers(client, search, band, scope);
  const stacks = await queryCohortStacks(client, groups, sampleType);
  return { spans, stacks, summary: summaryOf(spans, stacks) };
}

export function summaryOf(spans: CohortSpans, stacks: CohortStacks): CohortSummary {
  return {
    matched: spans.matched,
    used: spans.spans.length,
    withSamples: stacks.withSamples,
    minNs: spans.minNs,
    maxNs: spans.maxNs,
  };
}

/**
 * The merged flame graph of one operation (service + span name) in the search's window and
 * filters: the answer when its spans are each too short for more than a sample or two.
 */
export async function queryOperationProfile(
  client: ClickHouseClient,
  search: SpanSearch & { service: string; operation: string },
  { sampleType, scope }: CohortSamples,
): Promise<OperationProfile> {
  const cohort = await queryCohort(client, search, undefined, { sampleType, scope });
  const tree = stackRowsToFlameTree(cohort.stacks.stacks, `${search.service}: ${search.operation}`);
  const source = cohort.stacks.source;
  return {
    service: search.service,
    operation: search.operation,
    spans: cohort.summary,
    scope,
    sampleType: sampleType ?? '',
    unit: 'nanoseconds',
    total: tree.value,
    tree,
    sql: source ? inlineSqlParams(weightedStacksQuery(source, sampleType)) : '',
  };
}
