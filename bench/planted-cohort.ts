import { periodNs } from './fill-query-samples';
import type { BenchPlan } from './query-data-plan';
import type { PlantedSpan } from './planted-spans';
import { SeededRandom } from './seeded-random';

/**
 * The planted operation the cohort cases profile: a bulk endpoint of a service that links its
 * samples, one the span searches do not read (their slowest spans would all be these).
 */
export const plantedOperation = { service: 'inventory', name: 'inventory.bulk' } as const;

/** How big the planted operation is. */
export interface CohortTargets {
  spans: number;
  /** Linked hits of all its spans together (each span 200–3,000, log-normal). */
  hits: number;
}

const minHits = 200;
const maxHits = 3000;
/** Each pod runs one planted span at a time; the longest (3,000 hits on 8 threads) takes 18.8 s. */
const slotNs = 20_000_000_000n;

/** Log-normal weights (median 1, sigma 0.6) from Box–Muller on the seeded generator. */
function weights(random: SeededRandom, n: number): number[] {
  return Array.from({ length: n }, () => {
    const z = Math.sqrt(-2 * Math.log(1 - random.next())) * Math.cos(2 * Math.PI * random.next());
    return Math.exp(0.6 * z);
  });
}

/**
 * The planted operation's spans, each in a trace of its own (group `cohort`): every pod of the
 * service runs one after another from `firstStartNs`, all its threads on CPU, so a span's linked
 * hits follow its duration and the duration bands of a diff hold different amounts of work.
 */
export function planPlantedCohort(
  plan: BenchPlan,
  targets: CohortTargets,
  firstStartNs: bigint,
): PlantedSpan[] {
  const random = new SeededRandom(9191);
  const service = plan.services.findIndex((s) => s.name === plantedOperation.service);
  const w = weights(random, targets.spans);
  const scale = targets.hits / w.reduce((a, b) => a + b, 0);
  const threads = plan.threadsPerProcess;
  return w.map((x, k) => {
    const hits = Math.min(maxHits, Math.max(minHits, Math.round(x * scale)));
    const pod = k % plan.podsPerService;
    const startNs =
      firstStartNs +
      BigInt(Math.floor(k / plan.podsPerService)) * slotNs +
      BigInt(pod) * 100_000_000n;
    const traceId = random.hex(16);
    const spanId = random.hex(8);
    const ticks = Math.ceil(hits / threads);
    return {
      group: 'cohort',
      name: plantedOperation.name,
      traceId,
      spanId,
      startNs,
      durationNs: BigInt(ticks * periodNs) + 10_000_000n,
      hits: {
        process: service * plan.podsPerService + pod,
        threads,
        hits,
        startNs: startNs + 1_000_000n,
        traceId,
        spanId,
        source: 'link',
      },
    };
  });
}
