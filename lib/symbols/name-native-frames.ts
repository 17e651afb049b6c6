import 'server-only';
import type { ClickHouseClient } from '@clickhouse/client';
import { param, sql } from '../clickhouse/sql';
import type { WeightedStack } from '../flame/flame-node';
import { loadLocalSymbols, localSymbolsFromEnv, type LocalSymbols } from './local-symbol-files';

/**
 * Names the frames that arrived without a function name but with a build id (the eBPF
 * profiler's native frames) from the stored symbols: the function of that build id whose range
 * holds the frame's address. The one place this rule lives; every reader of stacks goes through
 * it (lib/correlation/weighted-stacks.ts). Frames no symbol covers keep their empty name, and so
 * their `module+0xaddress` label. First stores this host's own files' symbols for build ids that
 * have none, when that is on (local-symbol-files.ts).
 */
export async function nameNativeFrames(
  client: ClickHouseClient,
  stacks: WeightedStack[],
  local: LocalSymbols = localSymbolsFromEnv(process.env),
): Promise<WeightedStack[]> {
  const unnamed = new Map<string, { buildId: string; address: string; module: string }>();
  for (const stack of stacks) {
    for (const f of stack.frames) {
      if (f.functionName === '' && f.buildId !== '') {
        unnamed.set(frameKey(f), { buildId: f.buildId, address: f.address, module: f.module });
      }
    }
  }
  if (unnamed.size === 0) return stacks;
  const frames = [...unnamed.values()];
  const modules = new Map(frames.map((f) => [`${f.buildId}\u0000${f.module}`, f]));
  await loadLocalSymbols(client, [...modules.values()], local);
  const names = await lookUpSymbols(client, frames);
  if (names.size === 0) return stacks;
  return stacks.map((stack) => ({
    ...stack,
    frames: stack.frames.map((f) => {
      if (f.functionName !== '' || f.buildId === '') return f;
      const name = names.get(frameKey(f));
      return name === undefined ? f : { ...f, functionName: name };
    }),
  }));
}

const frameKey = (f: { buildId: string; address: string }): string =>
  `${f.buildId}\u0000${f.address}`;

/** The demangled name of the function holding each (build id, address), by frameKey. */
async function lookUpSymbols(
  client: ClickHouseClient,
  frames: readonly { buildId: string; address: string }[],
): Promise<Map<string, string>> {
  const buildIds = [...new Set(frames.map((f) => f.buildId))];
  const frameIds = param(
    'Array(String)',
    frames.map((f) => f.buildId),
  );
  const addresses = param(
    'Array(UInt64)',
    frames.map((f) => BigInt(f.address)),
  );
  const rs = await client.query({
    ...sql`
      SELECT f.BuildId AS buildId, toString(f.Address) AS address, demangle(s.Name) AS name
      FROM (
        SELECT tupleElement(pair, 1) AS BuildId, tupleElement(pair, 2) AS Address
        FROM (SELECT arrayJoin(arrayZip(${frameIds}, ${addresses})) AS pair)
      ) AS f
      ASOF INNER JOIN (
        SELECT BuildId, Start, Size, Name FROM symbols
        WHERE BuildId IN ${param('Array(String)', buildIds)}
      ) AS s ON f.BuildId = s.BuildId AND f.Address >= s.Start
      WHERE f.Address < s.Start + s.Size`,
    format: 'JSONEachRow',
    // demangle() is one of the engine's introspection functions, off unless asked for.
    clickhouse_settings: { allow_introspection_functions: 1 },
  });
  const rows = await rs.json<{ buildId: string; address: string; name: string }>();
  return new Map(rows.map((r) => [frameKey(r), r.name]));
}
