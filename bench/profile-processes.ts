import type { KeyValue } from '@/ingest/otlp/otlp-wire';
import { int, str } from '@/test/support/otlp-values';
import type { FramePool, ProgramKind, StackSpec } from './profile-frame-pool';
import type { SeededRandom } from './seeded-random';

/** One simulated process: what it runs, its threads and its OTLP resource. */
export interface ProcessSpec {
  kind: ProgramKind;
  resource: KeyValue[];
  threads: { id: number; name: string }[];
  /** The stacks this process runs, hottest first. */
  stacks: StackSpec[];
}

const executables: Record<ProgramKind, string> = { go: 'checkout', node: 'node', envoy: 'envoy' };

/** Process `p` of host `host`: every fifth is an envoy sidecar, the rest Go or Node services. */
export function makeProcess(
  random: SeededRandom,
  pool: FramePool,
  host: number,
  p: number,
): ProcessSpec {
  const kind: ProgramKind = p % 5 === 4 ? 'envoy' : p % 2 === 0 ? 'go' : 'node';
  const pid = random.int(1000, 4_000_000);
  const app = `${kind === 'envoy' ? 'mesh' : kind === 'go' ? 'checkout' : 'cart'}-${p}`;
  const pod = `${app}-6f7d${random.hex(2)}-${random.hex(3)}`;
  const all = pool.stacks[kind];
  const offset = random.int(0, all.length - 200);
  const threadNames =
    kind === 'go'
      ? [executables.go]
      : kind === 'node'
        ? ['node', 'libuv-worker', 'V8 Worker']
        : ['envoy', 'wrk:worker_0', 'wrk:worker_1'];
  return {
    kind,
    stacks: all.slice(offset, offset + 200),
    threads: Array.from({ length: random.int(16, 32) }, (_, t) => ({
      id: pid + t,
      name: threadNames[t % threadNames.length] ?? 'main',
    })),
    resource: [
      int('process.pid', pid),
      str('process.executable.name', executables[kind]),
      str('process.executable.path', `/usr/local/bin/${executables[kind]}`),
      str('container.id', random.hex(32)),
      str('host.name', `ip-10-1-0-${host}.ec2.internal`),
      str('host.id', random.hex(16)),
      str('os.type', 'linux'),
      str('k8s.cluster.name', 'prod-eu-1'),
      str('k8s.namespace.name', kind === 'envoy' ? 'istio-system' : 'shop'),
      str('k8s.deployment.name', app),
      str('k8s.pod.name', pod),
      str('k8s.pod.uid', random.hex(16)),
      str('k8s.node.name', `ip-10-1-0-${host}`),
      str('k8s.container.name', app),
    ],
  };
}
