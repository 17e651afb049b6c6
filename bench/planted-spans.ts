import { param, sql, sqlConstant, type SqlQuery } from '@/lib/clickhouse/sql';
import { periodNs, type PlantedHits } from './fill-query-samples';
import { plantedScope, spanAttributeMap, spanColumns, spanResourceMap } from './fill-query-spans';
import type { BenchPlan } from './query-data-plan';
import { processArrays, serviceArrays } from './query-plan-arrays';
import { SeededRandom } from './seeded-random';

/**
 * A span planted with a known number of samples, in a trace of its own: a frontend root, the
 * span, and one short child. `exact` spans have linked hits; `window` spans have only unnamed
 * hits on their process's threads (the thread and process tiers find them).
 */
export interface PlantedSpan {
  group: string;
  /** Span name; its child is `<name>.step`, its root `POST /frontend/batch`. */
  name: string;
  traceId: string;
  spanId: string;
  /** Unix ns. */
  startNs: bigint;
  durationNs: bigint;
  hits: PlantedHits;
}

/** One span row of a planted trace. */
interface PlantedRow {
  traceId: string;
  spanId: string;
  parent: string;
  name: string;
  service: number;
  process: number;
  kind: string;
  startNs: bigint;
  durationNs: bigint;
}

/**
 * Planted spans: `copies` of each exact size and of the window case, starting two minutes apart
 * from `firstStartNs`. Exact spans run in checkout (Go, links samples), window spans in
 * recommendation (Python, names no spans but records thread.id).
 */
export function planPlantedSpans(
  plan: BenchPlan,
  sizes: readonly number[],
  windowHits: number,
  copies: number,
  firstStartNs: bigint,
): PlantedSpan[] {
  const random = new SeededRandom(4242);
  const service = (name: string): number => plan.services.findIndex((s) => s.name === name);
  const cases = [
    ...sizes.map((n) => ({
      group: `exact-${n}`,
      n,
      service: service('checkout'),
      source: 'link' as const,
    })),
    { group: 'window', n: windowHits, service: service('recommendation'), source: '' as const },
  ];
  const out: PlantedSpan[] = [];
  cases.forEach((c, ci) => {
    for (let i = 0; i < copies; i++) {
      // Small spans run on one thread; big ones keep all the process's threads busy.
      const threads = c.n <= 100 ? 1 : plan.threadsPerProcess;
      const startNs = firstStartNs + BigInt(out.length) * 120_000_000_000n;
      const ticks = Math.ceil(c.n / threads);
      const process = c.service * plan.podsPerService + ((ci * copies + i) % plan.podsPerService);
      const traceId = random.hex(16);
      const spanId = random.hex(8);
      out.push({
        group: c.group,
        name: `${plan.services[c.service]?.name ?? ''}.batch`,
        traceId,
        spanId,
        startNs,
        durationNs: BigInt(ticks * periodNs) + 10_000_000n,
        hits: {
          process,
          threads,
          hits: c.n,
          startNs: startNs + 1_000_000n,
          traceId,
          spanId,
          source: c.source,
        },
      });
    }
  });
  return out;
}

/** The three spans of each planted trace. */
function plantedRows(plan: BenchPlan, planted: readonly PlantedSpan[]): PlantedRow[] {
  const random = new SeededRandom(77);
  return planted.flatMap((s) => {
    const rootId = random.hex(8);
    const service = Math.floor(s.hits.process / plan.podsPerService);
    const child = s.durationNs / 10n < 20_000_000n ? s.durationNs / 10n : 20_000_000n;
    const base = { traceId: s.traceId, process: s.hits.process, service };
    return [
      {
        ...base,
        spanId: rootId,
        parent: '',
        name: 'POST /frontend/batch',
        service: 0,
        process: s.hits.process % plan.podsPerService,
        kind: 'Server',
        startNs: s.startNs - 5_000_000n,
        durationNs: s.durationNs + 15_000_000n,
      },
      {
        ...base,
        spanId: s.spanId,
        parent: rootId,
        name: s.name,
        kind: 'Server',
        startNs: s.startNs,
        durationNs: s.durationNs,
      },
      {
        ...base,
        spanId: random.hex(8),
        parent: s.spanId,
        name: `${s.name}.step`,
        kind: 'Internal',
        startNs: s.startNs + 2_000_000n,
        durationNs: child,
      },
    ];
  });
}

/** The planted traces' spans; thread.id is the process's main thread (thread id = pid). */
export function plantedSpansInsert(plan: BenchPlan, planted: readonly PlantedSpan[]): SqlQuery {
  const rows = plantedRows(plan, planted);
  const col = (type: string, f: (r: PlantedRow) => unknown) => param(`Array(${type})`, rows.map(f));
  return sql`INSERT INTO otel_traces ${spanColumns}
    WITH ${processArrays(plan)}, ${serviceArrays(plan)},
         ${col('String', (r) => r.traceId)} AS traceIds, ${col('String', (r) => r.spanId)} AS spanIds,
         ${col('String', (r) => r.parent)} AS parents, ${col('String', (r) => r.name)} AS names,
         ${col('UInt32', (r) => r.service)} AS svs,
         ${col('UInt32', (r) => r.process)} AS procs, ${col('String', (r) => r.kind)} AS kinds,
         ${col('Int64', (r) => r.startNs)} AS starts, ${col('UInt64', (r) => r.durationNs)} AS durations
    SELECT fromUnixTimestamp64Nano(starts[i]), traceIds[i], spanIds[i], parents[i], '',
           op, kinds[i], serviceNames[sv + 1], ${sqlConstant(spanResourceMap)},
           ${param('String', plantedScope)}, '1.0.0', ${sqlConstant(spanAttributeMap)}, durations[i], 'Unset', ''
    FROM (
      SELECT number + 1 AS i, svs[i] AS sv, procs[i] AS p, pids[p + 1] AS tid, names[i] AS op
      FROM numbers(${param('UInt32', rows.length)})
    )`;
}
