/**
 * BENCH_CONSOLE_LOAD=1 (with BENCH_SERVER_ROLES=ingest,web): while the ingest phases run, one
 * SQL console user runs heavy queries back to back (a full scan of numbers up to the console's
 * limits), to see what the console costs ingest's latency. Compare the p99 of a run with and
 * without it.
 */
const heavyQuery =
  'SELECT count(), sum(cityHash64(number)) FROM numbers(100000000000) WHERE number % 7 = 3';

export interface ConsoleLoad {
  /** Stops the loop; resolves with how many console queries were answered, and their mean time. */
  stop(): Promise<{ queries: number; meanMs: number }>;
}

export function startConsoleLoad(webPort: number): ConsoleLoad {
  const state = { running: true };
  let queries = 0;
  let totalMs = 0;
  const loop = (async () => {
    while (state.running) {
      const t0 = performance.now();
      const res = await fetch(`http://127.0.0.1:${webPort}/api/sql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: heavyQuery }),
      }).catch(() => undefined);
      await res?.text();
      totalMs += performance.now() - t0;
      queries++;
    }
  })();
  return {
    async stop() {
      state.running = false;
      await loop;
      return { queries, meanMs: queries ? totalMs / queries : 0 };
    },
  };
}
