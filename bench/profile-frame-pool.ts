import { goPackages, goVerbs, jsFiles, jsNames, kernelNames, modules } from './profile-frame-names';
import { SeededRandom } from './seeded-random';

/** profile.frame.type values the eBPF profiler writes for the runtimes the bench imitates. */
export type FrameType = 'native' | 'kernel' | 'go' | 'v8js';

/** One source line of a symbolized frame. */
export interface FrameLine {
  functionName: string;
  fileName: string;
  line: number;
}

/** A code location as the profiler reports it; identity (the object) is what the dictionary dedups. */
export interface FrameSpec {
  frameType: FrameType;
  /** The mapping's file name; '' for kernel frames, which have no user-space mapping. */
  module: string;
  buildId: string;
  /** Absolute instruction address. */
  address: bigint;
  /** Inlined callees first, caller last; empty for an unsymbolized native frame. */
  lines: FrameLine[];
}

/** A call stack, leaf first (as OTLP Stack.location_indices). */
export type StackSpec = readonly FrameSpec[];

/** What a process runs, which decides its frames. */
export type ProgramKind = 'go' | 'node' | 'envoy';

export interface FramePool {
  /** Stacks per program kind, hottest first. */
  stacks: Record<ProgramKind, StackSpec[]>;
  /** Distinct locations over all stacks (a few hundred), for the report. */
  locationCount: number;
}

function symbolized(
  random: SeededRandom,
  frameType: FrameType,
  module: string,
  buildId: string,
  address: bigint,
  names: () => FrameLine,
): FrameSpec {
  // About one Go frame in eight carries an inlined callee: two Line entries, caller last.
  const lines = frameType === 'go' && random.chance(0.125) ? [names(), names()] : [names()];
  return { frameType, module, buildId, address, lines };
}

function makeFrames(
  random: SeededRandom,
): Record<'kernel' | 'go' | 'v8js' | 'node' | 'libc' | 'libssl' | 'envoy', FrameSpec[]> {
  const range = (n: number, make: (i: number) => FrameSpec): FrameSpec[] =>
    Array.from({ length: n }, (_, i) => make(i));
  const addr = (base: bigint, i: number): bigint =>
    base + BigInt(0x1000 + i * 0x97 + random.int(0, 0x40));
  const native = (m: (typeof modules)[keyof typeof modules], n: number): FrameSpec[] =>
    range(n, (i) => ({
      frameType: 'native',
      module: m.module,
      buildId: m.buildId,
      address: addr(m.base, i),
      lines: [],
    }));
  return {
    kernel: kernelNames.map((name, i) => ({
      frameType: 'kernel',
      module: '',
      buildId: '',
      address: 0xffffffff81000000n + BigInt(i * 0x1a0),
      lines: [{ functionName: name, fileName: '', line: 0 }],
    })),
    go: range(120, (i) =>
      symbolized(
        random,
        'go',
        modules.go.module,
        modules.go.buildId,
        addr(modules.go.base, i),
        () => {
          const pkg = random.pick(goPackages);
          return {
            functionName: `${pkg}.${random.pick(goVerbs)}${i}`,
            fileName: `${pkg}/file${i % 17}.go`,
            line: random.int(10, 900),
          };
        },
      ),
    ),
    v8js: range(110, (i) =>
      symbolized(random, 'v8js', '', '', 0n, () => ({
        functionName: `${random.pick(jsNames)}${i}`,
        fileName: random.pick(jsFiles),
        line: random.int(1, 2000),
      })),
    ),
    node: native(modules.node, 60),
    libc: native(modules.libc, 30),
    libssl: native(modules.libssl, 20),
    envoy: native(modules.envoy, 70),
  };
}

/** A stack of `depth` frames below the kind's root frames, maybe with kernel or libc frames at the leaf. */
function stackFromWalk(
  random: SeededRandom,
  roots: FrameSpec[],
  body: FrameSpec[],
  leafSide: FrameSpec[][],
  depth: number,
): StackSpec {
  // Walking the body with few choices per step makes stacks share prefixes, like a real call tree.
  const outerToInner = [...roots];
  let at = random.int(0, 3);
  while (outerToInner.length < depth) {
    at = (at * 7 + random.int(0, 3)) % body.length;
    const frame = body[at];
    if (frame) outerToInner.push(frame);
  }
  const leaf = random.chance(0.5) ? random.pick(leafSide) : [];
  return [...leaf, ...outerToInner.reverse()];
}

/** Kernel leaf chains: a syscall entry and a few frames below it, leaf first. */
function kernelChains(kernel: FrameSpec[], random: SeededRandom): FrameSpec[][] {
  return Array.from({ length: 12 }, () => {
    const n = random.int(3, 8);
    const start = random.int(0, kernel.length - n);
    return kernel.slice(start, start + n).reverse();
  });
}

/** The locations and stacks every generated profile draws from; deterministic for a seed. */
export function makeFramePool(seed = 7, stacksPerKind = 600): FramePool {
  const random = new SeededRandom(seed);
  const f = makeFrames(random);
  const kernelLeaves = kernelChains(f.kernel, random);
  const nativeLeaves = [...f.libc, ...f.libssl].map((frame) => [frame]);
  const leafSide = [...kernelLeaves, ...nativeLeaves];
  const make = (roots: FrameSpec[], body: FrameSpec[]): StackSpec[] =>
    Array.from({ length: stacksPerKind }, () =>
      stackFromWalk(random, roots, body, leafSide, random.int(8, 32)),
    );
  const stacks: Record<ProgramKind, StackSpec[]> = {
    go: make(f.go.slice(0, 3), f.go.slice(3)),
    node: make(f.node.slice(0, 4), [...f.v8js, ...f.node.slice(4)]),
    envoy: make(f.envoy.slice(0, 3), [...f.envoy.slice(3), ...f.libssl]),
  };
  const distinct = new Set<FrameSpec>();
  for (const list of Object.values(stacks))
    for (const s of list) for (const fr of s) distinct.add(fr);
  return { stacks, locationCount: distinct.size };
}
