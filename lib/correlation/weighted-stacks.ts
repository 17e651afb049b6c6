import 'server-only';
import type { ClickHouseClient } from '@clickhouse/client';
import {
  param,
  sql,
  sqlConstant,
  sqlFragment,
  type SqlFragment,
  type SqlQuery,
} from '../clickhouse/sql';
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

/** A stack's summed weight and hits in a profile; exact 64-bit sums, so parts add up exactly. */
export interface StackWeight {
  /** StackId as a decimal string (a UInt64). */
  stackId: string;
  value: bigint;
  hits: bigint;
}

type FrameRow = Omit<StackRow, 'value' | 'hits'> & { stackId: string };

/**
 * Sums the samples of a source (a subquery with StackId, Value and SampleType) per stack and
 * joins each stack's frames: the one reader of stacks behind every flame graph. Native frames
 * that arrived without a name are named from the stored symbols (nameNativeFrames). Two reads,
 * the weights and then the frames of those stacks only, give what weightedStacksQuery (the one
 * statement "Show SQL" opens) gives: as one statement the engine reads the source twice.
 */
export async function queryWeightedStacks(
  client: ClickHouseClient,
  source: SqlFragment,
  sampleType: string | undefined,
): Promise<WeightedStack[]> {
  return weightedStacksOf(client, await queryStackWeights(client, source, sampleType));
}

/** The first read of queryWeightedStacks: the weight and hits per stack of a source. */
export async function queryStackWeights(
  client: ClickHouseClient,
  source: SqlFragment,
  sampleType: string | undefined,
): Promise<StackWeight[]> {
  const found = await rows<{ stackId: string; value: string; hits: string }>(
    client,
    sql`SELECT toString(StackId) AS stackId, toString(value) AS value, toString(hits) AS hits
      FROM (${stackWeights(source, sampleType)})`,
  );
  return found.map((w) => ({ stackId: w.stackId, value: BigInt(w.value), hits: BigInt(w.hits) }));
}

/**
 * The second read: the frames of weighted stacks, parts of one profile added up per stack. As
 * the statement's INNER JOIN, a stack without frames is left out.
 */
export async function weightedStacksOf(
  client: ClickHouseClient,
  parts: readonly StackWeight[],
): Promise<WeightedStack[]> {
  return (await weightedStacksOfEach(client, [parts]))[0] ?? [];
}

/** weightedStacksOf for several profiles, their frames in one read. */
export async function weightedStacksOfEach(
  client: ClickHouseClient,
  profiles: readonly (readonly StackWeight[])[],
): Promise<WeightedStack[][]> {
  const sums = profiles.map((parts) => {
    const weights = new Map<string, StackWeight>();
    for (const w of parts) {
      const sum = weights.get(w.stackId);
      weights.set(
        w.stackId,
        sum ? { ...w, value: sum.value + w.value, hits: sum.hits + w.hits } : w,
      );
    }
    return weights;
  });
  const all = new Set(sums.flatMap((w) => [...w.keys()]));
  if (all.size === 0) return profiles.map(() => []);
  const ids = param(
    'Array(UInt64)',
    [...all].map((id) => BigInt(id)),
  );
  const frames = await rows<FrameRow>(
    client,
    sql`SELECT toString(StackId) AS stackId, ${frameColumns('')} FROM (${latestStacks(sqlFragment`${ids}`)})`,
  );
  const stacks = sums.map((weights) =>
    frames.flatMap((f) => {
      const w = weights.get(f.stackId);
      return w ? [toWeightedStack({ ...f, value: String(w.value), hits: String(w.hits) })] : [];
    }),
  );
  // Native frames are named once for all profiles (nameNativeFrames keeps order and length).
  const named = await nameNativeFrames(client, stacks.flat());
  let at = 0;
  return stacks.map((s) => named.slice(at, (at += s.length)));
}

async function rows<T>(client: ClickHouseClient, q: SqlQuery): Promise<T[]> {
  const rs = await client.query({ ...q, format: 'JSONEachRow' });
  return rs.json<T>();
}

function toWeightedStack(r: StackRow): WeightedStack {
  return {
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
  };
}

/** The matched samples' weight and hits per stack. */
function stackWeights(source: SqlFragment, sampleType: string | undefined): SqlFragment {
  return sqlFragment`SELECT StackId, sum(Value) AS value, count() AS hits FROM (${source})
      WHERE ${sampleTypeFilter(sampleType)} GROUP BY StackId`;
}

/** The newest stored copy of each of these stacks (profile_stacks keeps duplicates until a merge). */
function latestStacks(ids: SqlFragment): SqlFragment {
  return sqlFragment`SELECT StackId, FunctionNames, FileNames, Lines, Modules, FrameTypes, Addresses, BuildIds
      FROM profile_stacks WHERE StackId IN ${ids}
      ORDER BY LastSeen DESC LIMIT 1 BY StackId`;
}

/** A stack row's frame columns, of the table `alias` (a prefix such as `s.`, or ''). */
function frameColumns(alias: string): SqlFragment {
  return sqlConstant(`${alias}FunctionNames AS functionNames, ${alias}FileNames AS fileNames,
           ${alias}Lines AS lines, ${alias}Modules AS modules, ${alias}FrameTypes AS frameTypes,
           arrayMap(a -> toString(a), ${alias}Addresses) AS addresses, ${alias}BuildIds AS buildIds`);
}

/** The matched samples' weight per stack, with each stack's frames, as one statement. */
export function weightedStacksQuery(source: SqlFragment, sampleType: string | undefined): SqlQuery {
  return sql`
    WITH weights AS (${stackWeights(source, sampleType)})
    SELECT toString(w.value) AS value, toString(w.hits) AS hits, ${frameColumns('s.')}
    FROM weights AS w
    INNER JOIN (${latestStacks(sqlFragment`(SELECT StackId FROM weights)`)}) AS s USING StackId`;
}
