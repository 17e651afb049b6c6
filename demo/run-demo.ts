/**
 * `npm run demo`: traceprof, the eBPF agent, a Node.js and a Go service and their load, all on
 * this machine; then open the printed URL. Without root, eBPF or Go, it says why and replays a
 * capture recorded from the real agent instead (demo/capture/, times moved to now).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DemoProcesses } from './demo-processes';
import { buildInventory, inventoryBinary } from './go-service/build.mjs';
import { replayCapture } from './replay/replay-capture';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const node = process.execPath;
const procs = new DemoProcesses();
const webPort = process.env.PORT ?? '3000';

function stopOnSignal(): void {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      console.log('demo: stopping…');
      void procs.stopAll().then(() => process.exit(0));
    });
  }
}

async function startTraceprof(): Promise<{ grpcPort: number }> {
  return new Promise((resolve, reject) => {
    const child = procs.start(
      'traceprof',
      node,
      ['--import', 'tsx', path.join(root, 'scripts/start.ts')],
      { PORT: webPort },
      (line) => {
        if (line.startsWith('{"event":"listening"'))
          resolve(JSON.parse(line) as { grpcPort: number });
      },
    );
    void DemoProcesses.exited(child).then((code) => {
      reject(new Error(`traceprof exited (${code}) before listening`));
    });
  });
}

/** Starts the agent; resolves true once its health check answers, false if it cannot run here. */
async function startAgent(grpcPort: number): Promise<boolean> {
  const agent = procs.start('agent', node, [path.join(root, 'collector-agent/run.mjs')], {
    TRACEPROF_OTLP_ENDPOINT: `127.0.0.1:${grpcPort}`,
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

async function main(): Promise<void> {
  stopOnSignal();
  const { grpcPort } = await startTraceprof();
  const url = `http://localhost:${webPort}`;
  if (!(await startAgent(grpcPort))) {
    console.log(
      'demo: the eBPF agent cannot run here (see its message above); replaying a capture recorded from it',
    );
    const sent = await replayCapture(path.join(root, 'demo/capture'), `127.0.0.1:${grpcPort}`);
    console.log(`demo: replayed ${sent} recorded OTLP requests. Open ${url}`);
    return;
  }
  // Applications send their traces through the agent, as in production.
  const otlp = { OTEL_EXPORTER_OTLP_ENDPOINT: 'http://127.0.0.1:14317' };
  const inventory = buildGoService();
  if (inventory) procs.start('inventory', inventory, [], otlp);
  procs.start(
    'checkout',
    node,
    ['--import', 'tsx', path.join(root, 'demo/node-service/checkout-service.ts')],
    otlp,
  );
  procs.start('load', node, ['--import', 'tsx', path.join(root, 'demo/load/generate-load.ts')]);
  console.log(
    `demo: running. Within a minute, open ${url} and click the slowest span. Ctrl-C stops everything.`,
  );
}

main().catch((e: unknown) => {
  console.error(`demo: ${e instanceof Error ? e.message : String(e)}`);
  void procs.stopAll().then(() => process.exit(1));
});
