import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';

/** A traceprof server started as a child process, with what the bench samples from /proc. */
export interface ServerChild {
  pid: number;
  grpcPort: number;
  httpPort: number;
  /** The web app's port, with BENCH_SERVER_ROLES=ingest,web. */
  webPort: number | undefined;
  /** VmRSS right after the server said it was listening, KiB: the engine's and Node's baseline. */
  startRssKiB: number;
  /** Largest VmRSS seen by polling, and VmHWM (the kernel's own peak), in KiB. */
  peakRssKiB(): number;
  /** CPU seconds (user + system) the server process has used so far, all threads. */
  cpuSeconds(): number;
  /** CPU seconds so far per thread name ('main' is the JS thread), to see which part is busy. */
  threadCpuSeconds(): Map<string, number>;
  /** SIGTERM, then waits for the drain; resolves with the exit code. */
  stop(): Promise<number | null>;
}

/** Clock ticks per second for /proc/<pid>/stat; 100 on every Linux the bench runs on. */
const clockTicks = 100;

function procStatusKiB(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  try {
    const m = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(
      readFileSync(`/proc/${pid}/status`, 'utf8'),
    );
    return m?.[1] ? Number(m[1]) : 0;
  } catch {
    return 0; // the process has exited
  }
}

/** utime + stime of a process or thread and its name, from /proc/.../stat. */
function readStat(file: string): { name: string; seconds: number } {
  try {
    const stat = readFileSync(file, 'utf8');
    // Fields after the parenthesised command name: utime and stime are fields 14 and 15.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
    return { name, seconds: (Number(fields[11]) + Number(fields[12])) / clockTicks };
  } catch {
    return { name: '', seconds: 0 }; // the process or thread has exited
  }
}

function threadCpu(pid: number): Map<string, number> {
  const out = new Map<string, number>();
  let tids: string[] = [];
  try {
    tids = readdirSync(`/proc/${pid}/task`);
  } catch {
    return out;
  }
  for (const tid of tids) {
    const { name, seconds } = readStat(`/proc/${pid}/task/${tid}/stat`);
    // Thread names are truncated to 15 characters; numbered pools share a group by prefix.
    const group = tid === String(pid) ? 'main' : name.replace(/[\s\d:#-]+$/, '');
    out.set(group, (out.get(group) ?? 0) + seconds);
  }
  return out;
}

function waitForListening(
  child: ChildProcess,
  stdout: Readable,
  log: (line: string) => void,
): Promise<{ grpcPort: number; httpPort: number; webPort: number | undefined }> {
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: stdout });
    const onExit = (code: number | null): void => {
      reject(new Error(`server exited with ${code} before listening`));
    };
    child.once('exit', onExit);
    lines.on('line', (line) => {
      if (line.startsWith('{')) {
        const msg = JSON.parse(line) as {
          event?: string;
          grpcPort?: number;
          httpPort?: number;
          webPort?: number;
        };
        if (msg.event === 'listening' && msg.grpcPort !== undefined && msg.httpPort !== undefined) {
          child.off('exit', onExit);
          resolve({ grpcPort: msg.grpcPort, httpPort: msg.httpPort, webPort: msg.webPort });
          return;
        }
      }
      log(line);
    });
  });
}

/**
 * Starts `node --import tsx <script>` in `repoRoot` on free ports over `dataDir`. `script` is
 * server.ts, or a variant to compare against it; `nodeArgs` go before it (e.g. --cpu-prof).
 * Server output is passed to `log` line by line.
 */
export async function startServerChild(
  repoRoot: string,
  dataDir: string,
  script: string,
  nodeArgs: readonly string[],
  log: (line: string) => void,
): Promise<ServerChild> {
  const child = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', script], {
    cwd: repoRoot,
    env: {
      ...process.env,
      // Ingest only: the web app would add its own memory and start-up work to every figure.
      // BENCH_SERVER_ROLES=ingest,web measures the whole process instead.
      TRACEPROF_ROLES: process.env.BENCH_SERVER_ROLES ?? 'ingest',
      PORT: '0',
      TRACEPROF_DATA_DIR: dataDir,
      OTLP_GRPC_PORT: '0',
      OTLP_HTTP_PORT: '0',
      TRACEPROF_HOST: '127.0.0.1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const pid = child.pid;
  if (pid === undefined) throw new Error('could not start the server');
  createInterface({ input: child.stderr }).on('line', (l) => {
    log(`stderr: ${l}`);
  });
  // If the bench itself fails, do not leave a server holding the data directory behind.
  const killOnExit = (): void => {
    child.kill('SIGKILL');
  };
  process.once('exit', killOnExit);
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => {
      process.off('exit', killOnExit);
      resolve(code);
    }),
  );
  const { grpcPort, httpPort, webPort } = await waitForListening(child, child.stdout, log);
  let peakKiB = 0;
  // VmHWM is the kernel's exact peak; polling VmRSS as well covers a read after the process exited.
  const poll = setInterval(
    () => (peakKiB = Math.max(peakKiB, procStatusKiB(pid, 'VmRSS'), procStatusKiB(pid, 'VmHWM'))),
    200,
  );
  return {
    pid,
    grpcPort,
    httpPort,
    webPort,
    startRssKiB: procStatusKiB(pid, 'VmRSS'),
    peakRssKiB: () => (peakKiB = Math.max(peakKiB, procStatusKiB(pid, 'VmHWM'))),
    cpuSeconds: () => readStat(`/proc/${pid}/stat`).seconds,
    threadCpuSeconds: () => threadCpu(pid),
    async stop() {
      child.kill('SIGTERM');
      const killer = setTimeout(() => child.kill('SIGKILL'), 90_000);
      const code = await exited;
      clearTimeout(killer);
      clearInterval(poll);
      return code;
    },
  };
}
