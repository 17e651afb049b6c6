/**
 * `npm run demo`: traceprof, the eBPF agent, a Node.js and a Go service and their load, all on
 * this machine; then open the printed URL. Without root, eBPF or Go, it says why and replays a
 * capture recorded from the real agent instead (demo/capture/, times moved to now).
 *
 *   npm run demo                       starts traceprof, or uses the one already listening
 *   npm run demo -- --replay           loads the capture into a running traceprof, then exits
 *   npm run demo -- --record           records a new capture from the real agent (demo/README.md)
 *   … --otlp HOST:PORT                 the running traceprof's OTLP/gRPC address (127.0.0.1:4317)
 */
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DemoProcesses } from './demo-processes';
import { placementEnv } from './demo-placement';
import { parseDemoArgs, type DemoArgs } from './demo-args';
import { listening } from './listening';
import { buildInventory, inventoryBinary } from './go-service/build.mjs';
import { replayCapture } from './replay/replay-capture';
import { whenOrphaned } from '@/scripts/when-orphaned';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const captureDir = path.join(root, 'demo/capture');
const node = process.execPath;
const procs = new DemoProcesses();

/** Ctrl-C, SIGTERM, or the end of `npm run demo` above it stop every process the demo started. */
function stopOnSignal(): void {
  const stop = (): void => {
    console.log('demo: stopping…');
    void procs.stopAll().then(() => process.exit(0));
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, stop);
  whenOrphaned(stop);
}

/** Starts a child and resolves with what `ready` makes of the first line it recognises. */
function startUntil<T>(
  name: string,
  args: string[],
  env: Record<string, string>,
  ready: (line: string) => T | undefined,
  advice: string,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const child = procs.start(name, node, args, env, (line) => {
      const value = ready(line);
      if (value !== undefined) resolve(value);
    });
    void DemoProcesses.exited(child).then((code) => {
      reject(new Error(`${name} exited (${code}) before listening. ${advice}`));
    });
  });
}

/** Where the demo's data goes: an OTLP/gRPC address, and the URL to open (if it is traceprof). */
interface Target {
  otlp: string;
  url: string | undefined;
}

async function startTraceprof(args: DemoArgs): Promise<Target> {
  const [host = '127.0.0.1', port = '4317'] = args.otlp.split(/:(?=\d+$)/);
  if (await listening(host, Number(port))) {
    console.log(
      `demo: something already listens on ${args.otlp}; sending the demo's data to that traceprof (another address: --otlp HOST:PORT)`,
    );
    const web = (await listening('127.0.0.1', Number(args.webPort)))
      ? `http://localhost:${args.webPort}`
      : undefined;
    return { otlp: args.otlp, url: web };
  }
  const { grpcPort } = await startUntil(
    'traceprof',
    ['--import', 'tsx', path.join(root, 'scripts/start.ts')],
    { PORT: args.webPort, OTLP_GRPC_PORT: port },
    (line) =>
      line.startsWith('{"event":"listening"')
        ? (JSON.parse(line) as { grpcPort: number })
        : undefined,
    `If a traceprof already runs on this data directory (npm start), leave it running and give its OTLP/gRPC address: npm run demo -- --otlp HOST:PORT, or load the capture into it: npm run demo -- --replay --otlp HOST:PORT.`,
  );
  return { otlp: `127.0.0.1:${grpcPort}`, url: `http://localhost:${args.webPort}` };
}

/** The capture recorder in traceprof's place: every request the agent sends lands in demo/capture. */
async function startRecorder(args: DemoArgs): Promise<Target> {
  const [, port = '4317'] = args.otlp.split(/:(?=\d+$)/);
  const recordedWith = `traceprof agent (collector-agent/manifest.yaml), collector-agent/config/local.yaml, demo workloads (checkout on Node.js ${process.versions.node}, inventory on Go) and demo/load, kernel ${os.release()}, ${os.cpus().length} CPUs`;
  await startUntil(
    'record',
    ['--import', 'tsx', path.join(root, 'demo/replay/record-capture.ts')],
    { DEMO_RECORD_PORT: port, DEMO_RECORDED_WITH: recordedWith },
    (line) => (line.startsWith('record: OTLP/gRPC on') ? true : undefined),
    `Is port ${port} taken? Give another with --otlp 127.0.0.1:PORT.`,
  );
  return { otlp: `127.0.0.1:${port}`, url: undefined };
}

/** Starts the agent; resolves true once its health check answers, false if it cannot run here. */
async function startAgent(otlp: string): Promise<boolean> {
  const agent = procs.start('agent', node, [path.join(root, 'collector-agent/run.mjs')], {
    TRACEPROF_OTLP_ENDPOINT: otlp,
  });
  const gone = DemoProcesses.exited(agent).then(() => false);
  const ready = (async () => {
    for (let i = 0; i < 1200 && agent.exitCode === null; i++) {
      try {
        if ((await fetch('http://127.0.0.1:13133/')).ok) return true;
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 500));
    }
    return false;
  })();
  return Promise.race([ready, gone]);
}

function buildGoService(): string | undefined {
  const failure = buildInventory();
  if (failure === undefined) return inventoryBinary;
  console.log(`demo: cannot build the Go service (${failure}); running without it`);
  return undefined;
}

/** The services and their load; applications send their traces through the agent, as in production. */
async function startWorkloads(args: DemoArgs): Promise<void> {
  const otlp = { OTEL_EXPORTER_OTLP_ENDPOINT: 'http://127.0.0.1:14317' };
  const inventory = buildGoService();
  const ready: Promise<true>[] = [];
  const listeningLine = (line: string) => (/: listening on /.test(line) ? true : undefined);
  if (inventory) {
    ready.push(
      new Promise((resolve) => {
        procs.start('inventory', inventory, [], { ...otlp, ...placementEnv('inventory') }, (l) => {
          if (listeningLine(l)) resolve(true);
        });
      }),
    );
  }
  ready.push(
    startUntil(
      'checkout',
      ['--import', 'tsx', path.join(root, 'demo/node-service/checkout-service.ts')],
      { ...otlp, ...placementEnv('checkout') },
      listeningLine,
      'Is port 8081 taken?',
    ),
  );
  await Promise.all(ready);
  const load = procs.start(
    'load',
    node,
    ['--import', 'tsx', path.join(root, 'demo/load/generate-load.ts')],
    args.loadSeconds > 0 ? { DEMO_LOAD_SECONDS: String(args.loadSeconds) } : {},
  );
  if (args.loadSeconds > 0) {
    await DemoProcesses.exited(load);
    // The SDKs export every second and the agent reports profiles every 5 s: let both flush.
    await new Promise((r) => setTimeout(r, 8000));
  }
}

async function replay(target: Target): Promise<void> {
  const sent = await replayCapture(captureDir, target.otlp, process.env.TRACEPROF_INGEST_TOKEN);
  console.log(
    `demo: replayed ${sent} OTLP requests recorded from the real agent into ${target.otlp}.` +
      (target.url ? ` Open ${target.url}` : ' Open traceprof and click the slowest span.'),
  );
}

async function main(): Promise<void> {
  const args = parseDemoArgs(process.argv.slice(2), process.env);
  if (args.mode === 'replay') {
    await replay({ otlp: args.otlp, url: undefined });
    return;
  }
  stopOnSignal();
  const target = args.mode === 'record' ? await startRecorder(args) : await startTraceprof(args);
  if (!(await startAgent(target.otlp))) {
    if (args.mode === 'record') throw new Error('the eBPF agent cannot run here: nothing recorded');
    console.log(
      'demo: the eBPF agent cannot run here (see its message above); replaying a capture recorded from it',
    );
    await replay(target);
    if (!target.url) await procs.stopAll();
    return;
  }
  await startWorkloads(args);
  if (args.mode === 'record') {
    console.log(`demo: recorded into ${captureDir}`);
    await procs.stopAll();
    return;
  }
  console.log(
    `demo: running. Within a minute, open ${target.url ?? 'traceprof'} and click the slowest span. Ctrl-C stops the demo.`,
  );
}

main().catch((e: unknown) => {
  console.error(`demo: ${e instanceof Error ? e.message : String(e)}`);
  void procs.stopAll().then(() => process.exit(1));
});
