/** What `npm run demo` was asked to do (see run-demo.ts). */
export interface DemoArgs {
  /** run: the live demo; replay: load demo/capture into a running traceprof; record: re-record it. */
  mode: 'run' | 'replay' | 'record';
  /** The OTLP/gRPC address the demo's data goes to (or the recorder listens on). */
  otlp: string;
  /** The web port of a traceprof the demo starts. */
  webPort: string;
  /** How long the load runs, 0 for until stopped (a recording runs 60 s unless told). */
  loadSeconds: number;
}

const usage = 'usage: npm run demo [-- --replay | --record] [--otlp HOST:PORT] [--seconds N]';

export function parseDemoArgs(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): DemoArgs {
  let mode: DemoArgs['mode'] = 'run';
  let otlp = `127.0.0.1:${env.OTLP_GRPC_PORT ?? '4317'}`;
  let seconds: number | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--replay' || arg === '--record') mode = arg === '--replay' ? 'replay' : 'record';
    else if (arg === '--otlp' || arg === '--seconds') {
      const value = argv[++i];
      if (value === undefined) throw new Error(`${arg} needs a value. ${usage}`);
      if (arg === '--otlp') {
        if (!/^[\w.-]+:\d{1,5}$/.test(value))
          throw new Error(`--otlp wants HOST:PORT, got ${value}`);
        otlp = value;
      } else {
        seconds = Number(value);
        if (!Number.isInteger(seconds) || seconds < 1)
          throw new Error(`--seconds wants a whole number, got ${value}`);
      }
    } else throw new Error(`unknown argument ${String(arg)}. ${usage}`);
  }
  return {
    mode,
    otlp,
    webPort: env.PORT ?? '3000',
    loadSeconds: seconds ?? (mode === 'record' ? 60 : Number(env.DEMO_LOAD_SECONDS ?? 0)),
  };
}
