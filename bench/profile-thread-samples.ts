import type { Sample } from '@/ingest/otlp/otlp-wire';
import { u64 } from '@/test/support/otlp-values';
import type { ProgramKind, StackSpec } from './profile-frame-pool';
import type { ProcessSpec } from './profile-processes';
import type { StacksDictionary } from './profile-stacks-dictionary';
import type { SeededRandom } from './seeded-random';

/** Where a thread's on-CPU ticks of one window go: its hot stacks and the spans it served. */
export interface ThreadWindow {
  thread: { id: number; name: string };
  /** Attribute indices shared by all the thread's samples in this window. */
  attributeIndices: number[];
  /** Stacks this thread runs in this window, hottest first. */
  stacks: StackSpec[];
  /** Fraction of the 100 ticks of the window the thread is on CPU. */
  busy: number;
  /** The thread's offset from the window's tick grid (the sampling CPU's timer phase), ns. */
  phaseNs: number;
}

/** Picks a thread's stacks, busy share, timer phase and sample attributes for one window. */
export function threadWindow(
  random: SeededRandom,
  dict: StacksDictionary,
  proc: ProcessSpec,
  thread: { id: number; name: string },
): ThreadWindow {
  const stacks = Array.from(
    { length: random.int(2, 12) },
    // Squaring skews toward the front of the process's list: a few hot stacks get most hits.
    () => proc.stacks[Math.floor(proc.stacks.length * random.next() ** 2)] ?? [],
  );
  return {
    thread,
    stacks,
    busy: 0.3 + 0.6 * random.next(),
    phaseNs: random.int(0, 49_000_000),
    attributeIndices: [
      dict.attribute('thread.id', thread.id),
      dict.attribute('thread.name', thread.name),
      dict.attribute('cpu.logical_number', random.int(0, 15)),
    ],
  };
}

/** The span a stretch of ticks ran for; most stretches run for none. */
type SpanRef = { traceId: Uint8Array; spanId: Uint8Array } | undefined;

function spanAttribution(
  random: SeededRandom,
  dict: StacksDictionary,
  kind: ProgramKind,
  span: SpanRef,
): { linkIndex: number; labels: number[] } {
  if (!span) return { linkIndex: 0, labels: [] };
  // Go services label goroutines (pprof labels) about a third of the time; the rest is a Link.
  if (kind === 'go' && random.chance(0.35)) {
    const labels = [
      dict.attribute('process.context.label.span_id', Buffer.from(span.spanId).toString('hex')),
      dict.attribute('process.context.label.trace_id', Buffer.from(span.traceId).toString('hex')),
    ];
    return { linkIndex: 0, labels };
  }
  return { linkIndex: dict.link(span.traceId, span.spanId), labels: [] };
}

/**
 * One thread's samples for one window: each tick the thread is on CPU becomes a hit of one of its
 * stacks; hits of the same stack (and span) become one Sample with one timestamp per hit.
 */
export function threadSamples(
  random: SeededRandom,
  dict: StacksDictionary,
  kind: ProgramKind,
  tw: ThreadWindow,
  windowStartNs: bigint,
): Sample[] {
  const byKey = new Map<string, { stack: StackSpec; span: SpanRef; times: bigint[] }>();
  let span: SpanRef;
  let spanLeft = 0;
  for (let tick = 0; tick < 100; tick++) {
    if (spanLeft-- <= 0) {
      spanLeft = random.int(10, 50);
      span =
        kind !== 'envoy' && random.chance(0.3)
          ? { traceId: random.id(16), spanId: random.id(8) }
          : undefined;
    }
    if (!random.chance(tw.busy)) continue;
    const si = Math.floor(tw.stacks.length * random.next() ** 4);
    const key = `${si}/${span ? Buffer.from(span.spanId).toString('hex') : ''}`;
    let entry = byKey.get(key);
    if (!entry) byKey.set(key, (entry = { stack: tw.stacks[si] ?? [], span, times: [] }));
    // Ticks are 50 ms apart; each sample lands up to 0.2 ms after its tick (timer jitter).
    entry.times.push(
      windowStartNs + BigInt(tick * 50_000_000 + tw.phaseNs + random.int(0, 200_000)),
    );
  }
  return [...byKey.values()].map((e) => {
    const { linkIndex, labels } = spanAttribution(random, dict, kind, e.span);
    return {
      stackIndex: dict.stackOf(e.stack),
      attributeIndices: [...tw.attributeIndices, ...labels],
      linkIndex,
      timestampsUnixNano: e.times.map(u64),
    };
  });
}
