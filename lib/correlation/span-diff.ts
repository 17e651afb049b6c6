import 'server-only';
import type { ClickHouseClient } from '@clickhouse/client';
import { param, sql } from '../clickhouse/sql';
import type { DiffBaseline, DiffTarget, SpanDiff } from '../contract/profile-models';
import type { TraceSpan } from '../contract/span-models';
import { diffFlameTree } from '../flame/diff-flame-tree';
import { stackRowsToFlameTree } from '../flame/stack-rows-to-flame-tree';
import { queryBandBounds, type DurationBand, type DurationBounds } from '../traces/cohort-spans';
import { spanFilters } from '../traces/search-spans';
import type { SpanSearch } from '../traces/span-search';
import { queryCohortsStacks, type CohortStacks } from './cohort-stacks';
import type { ProfileScope } from './correlation-tier';
import {
  queryCohortMembers,
  summaryOf,
  type Cohort,
  type CohortMembers,
} from './operation-profile';
import { scopeSpans } from './scope-spans';

/** The resource attribute a rollout changes: a new image tag is a new revision. */
export const revisionKey = 'container.image.tag';

export interface SpanDiffRequest {
  spanId: string;
  baseline: DiffBaseline;
  target: DiffTarget;
  /** The operation's window, Unix ms; undefined: an hour either side of the span. */
  fromMs: number | undefined;
  toMs: number | undefined;
  /** The typical cohort's band (default p40–p60). */
  typical: DurationBand;
  /** The slow cohort starts at this quantile (default p90). */
  slowFrom: number;
  sampleType: string | undefined;
  /** Every span on both sides covers this scope, as the flame graph on screen does. */
  scope: ProfileScope;
}

/** The cohorts a diff compares when a request names none: p40–p60 typical, ≥ p90 slow. */
export const diffDefaults = {
  baseline: 'cohort',
  target: 'span',
  typical: { fromQuantile: 0.4, toQuantile: 0.6 },
  slowFrom: 0.9,
} as const satisfies Partial<SpanDiffRequest>;

const hourMs = 3_600_000;
const dayMs = 24 * hourMs;

/**
 * A span, or the slow cohort of its operation, against a baseline of the same operation in the
 * same deployment: its typical cohort, or the previous revision (image tag) when the store has
 * one. Both sides per span, in one tree whose widths are the target's.
 */
export async function querySpanDiff(
  client: ClickHouseClient,
  trace: readonly TraceSpan[],
  request: SpanDiffRequest,
): Promise<SpanDiff | undefined> {
  const span = trace.find((s) => s.spanId === request.spanId);
  if (!span) return undefined;
  const spanMs = Number(BigInt(span.startNs) / 1_000_000n);
  const search = diffSearch(span, request);
  const revision = span.resource[revisionKey];
  const previous = revision ? await previousRevision(client, search, revision, spanMs) : undefined;
  const baselines: DiffBaseline[] = previous ? ['cohort', 'previous-revision'] : ['cohort'];
  const baselineKind = previous ? request.baseline : 'cohort';

  // A slow cohort against the typical one: both bands' bounds are quantiles of one read.
  const [slowBounds, typicalBounds] =
    request.target === 'slow' && baselineKind === 'cohort'
      ? await queryBandBounds(client, search, [slowBand(request), request.typical])
      : [];
  // The two sides' members are read side by side: neither needs the other.
  const [target, baseMembers] = await Promise.all([
    targetSide(client, trace, span, search, request, slowBounds),
    baselineKind === 'previous-revision' && previous
      ? queryCohortMembers(
          client,
          {
            ...search,
            fromMs: spanMs - dayMs,
            toMs: spanMs,
            attribute: { key: revisionKey, value: previous },
          },
          undefined,
          request.scope,
        )
      : queryCohortMembers(client, search, request.typical, request.scope, typicalBounds),
  ]);
  // Both sides' samples from shared reads (their counts, named samples and frames).
  const [targetStacks, baseStacks] = await queryCohortsStacks(
    client,
    [target.members.groups, baseMembers.groups],
    request.sampleType,
  );
  const cohortOf = (m: CohortMembers, stacks: CohortStacks | undefined): Cohort => {
    const st = stacks ?? { stacks: [], withSamples: 0, source: undefined };
    return { spans: m.spans, stacks: st, summary: summaryOf(m.spans, st) };
  };
  const targetCohort = cohortOf(target.members, targetStacks);
  const base = cohortOf(baseMembers, baseStacks);
  const targetTree = stackRowsToFlameTree(targetCohort.stacks.stacks, span.name);
  const baseTree = stackRowsToFlameTree(base.stacks.stacks, span.name);
  const tree = diffFlameTree(
    targetTree,
    targetCohort.spans.spans.length,
    baseTree,
    base.spans.spans.length,
  );
  const pct = (q: number) => `p${Math.round(q * 100)}`;
  return {
    baselineKind,
    targetKind: request.target,
    scope: request.scope,
    baseline: {
      label:
        baselineKind === 'previous-revision'
          ? `${span.name} on ${previous ?? ''} (previous revision)`
          : `${pct(request.typical.fromQuantile)}–${pct(request.typical.toQuantile)} of ${span.name}`,
      spans: base.summary,
      total: tree.baseline,
    },
    target: { label: target.label, spans: targetCohort.summary, total: tree.value },
    baselines,
    sampleType: request.sampleType ?? '',
    unit: 'nanoseconds',
    tree,
  };
}

/** The span's operation in its deployment, over the request's window: what both sides read. */
export function diffSearch(
  span: TraceSpan,
  { fromMs, toMs }: Pick<SpanDiffRequest, 'fromMs' | 'toMs'>,
): SpanSearch {
  const spanMs = Number(BigInt(span.startNs) / 1_000_000n);
  const deployment = span.resource['k8s.deployment.name'];
  return {
    fromMs: fromMs ?? spanMs - hourMs,
    toMs: toMs ?? spanMs + hourMs,
    service: span.service,
    operation: span.name,
    deployment: deployment || undefined,
    limit: 1,
  };
}

/** The slow cohort's band: from the request's quantile to the slowest. */
const slowBand = (request: SpanDiffRequest): DurationBand => ({
  fromQuantile: request.slowFrom,
  toQuantile: 1,
});

async function targetSide(
  client: ClickHouseClient,
  trace: readonly TraceSpan[],
  span: TraceSpan,
  search: SpanSearch,
  request: SpanDiffRequest,
  slowBounds: DurationBounds | undefined,
): Promise<{ label: string; members: CohortMembers }> {
  if (request.target === 'slow') {
    return {
      label: `≥ p${Math.round(request.slowFrom * 100)} of ${span.name}`,
      members: await queryCohortMembers(
        client,
        search,
        slowBand(request),
        request.scope,
        slowBounds,
      ),
    };
  }
  const durationNs = Number(span.durationNs);
  const spans = { spans: [span], matched: 1, minNs: durationNs, maxNs: durationNs };
  return {
    label: 'this span',
    members: { spans, groups: [scopeSpans(trace, span.spanId, request.scope)] },
  };
}

/** The revision of the operation that ran before `revision` first did, if the store has one. */
async function previousRevision(
  client: ClickHouseClient,
  search: SpanSearch,
  revision: string,
  spanMs: number,
): Promise<string | undefined> {
  const key = param('String', revisionKey);
  const rs = await client.query({
    ...sql`SELECT ResourceAttributes[${key}] AS revision, min(Timestamp) AS first
      FROM otel_traces WHERE ${spanFilters({ ...search, fromMs: spanMs - dayMs, toMs: spanMs })}
        AND ResourceAttributes[${key}] != ''
      GROUP BY revision ORDER BY first`,
    format: 'JSONEachRow',
  });
  const rows = await rs.json<{ revision: string }>();
  const at = rows.findIndex((r) => r.revision === revision);
  return at > 0 ? rows[at - 1]?.revision : undefined;
}
