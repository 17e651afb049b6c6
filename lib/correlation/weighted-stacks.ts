import 'server-only';
import type { ClickHouseClient } from '@clickhouse/client';
import { sql, type SqlFragment, type SqlQuery } from '../clickhouse/sql';
import { sampleTypeFilter } from './sample-kinds';
import type { FlameFrame, WeightedStack } from '../flame/flame-node';
import { nameNativeFrames } from '../symbols/name-native-frames';

interface StackRow {
  value: string;
  hits: string;
  functionNames: string[];
  fileNames: string[];
  lines: number[];
  modules: string[];
  frameTypes: string[];
  addresses: string[];
  buildIds: string[];
}

/**
 * Sums the samples of a source (a subquery with StackId, Value and SampleType) per stack and
 * joins each stack's frames: the one reader of stacks behind every flame graph. Native frames
 * that arrived without a name are named from the stored symbols (nameNativeFrames).
 */
export async function queryWeightedStacks(
  client: ClickHouseClient,
  source: SqlFragment,
  sampleType: string | undefined,
): Promise<WeightedStack[]> {
  const rs = await client.query({
    ...weightedStacksQuery(source, sampleType),
    format: 'JSONEachRow',
  });
  const stacks = (await rs.json<StackRow>()).map((r) => ({
    value: Number(r.value),
    hits: Number(r.hits),
    frames: r.functionNames.map((functionName, i): FlameFrame => ({
      functionName,
      fileName: r.fileNames[i] ?? '',
      line: r.lines[i] ?? 0,
      module: r.modules[i] ?? '',
      frameType: r.frameTypes[i] ?? '',
      address: r.addresses[i] ?? '0',
      buildId: r.buildIds[i] ?? '',
    })),
  }));
  return nameNativeFrames(client, stacks);
}

/** The matched samples' weight per stack, with each stack's frames. */
export function weightedStacksQuery(source: SqlFragment, sampleType: string | undefined): SqlQuery {
  return sql`
    WITH weights AS (
      SELECT StackId, sum(Value) AS value, count() AS hits FROM (${source})
      WHERE ${sampleTypeFilter(sampleType)} GROUP BY StackId
    )
    SELECT toString(w.value) AS value, toString(w.hits) AS hits, s.FunctionNames AS functionNames, s.FileNames AS fileNames,
           s.Lines AS lines, s.Modules AS modules, s.FrameTypes AS frameTypes,
           arrayMap(a -> toString(a), s.Addresses) AS addresses, s.BuildIds AS buildIds
    FROM weights AS w
    INNER JOIN (
      SELECT StackId, FunctionNames, FileNames, Lines, Modules, FrameTypes, Addresses, BuildIds
      FROM profile_stacks WHERE StackId IN (SELECT StackId FROM weights)
      ORDER BY LastSeen DESC LIMIT 1 BY StackId
    ) AS s USING StackId`;
}
