import 'server-only';
import type { ClickHouseClient } from '@clickhouse/client';
import type { TraceSpan } from '../contract/span-models';
import { queryTraces } from '../traces/query-trace';
import type { ProfileScope } from './correlation-tier';
import { scopeSpans } from './scope-spans';

/**
 * Each cohort member's scope, as the span view draws it for one span: the span alone, the span
 * and every span under it, or its whole trace. Wider scopes read the members' traces once.
 */
export async function cohortScopeGroups(
  client: ClickHouseClient,
  members: readonly TraceSpan[],
  scope: ProfileScope,
): Promise<TraceSpan[][]> {
  if (scope === 'span') return members.map((m) => [m]);
  const traces = await queryTraces(
    client,
    members.map((m) => m.traceId),
  );
  return members.map((m) => {
    const spans = scopeSpans(traces.get(m.traceId) ?? [m], m.spanId, scope);
    return spans.length > 0 ? spans : [m];
  });
}
