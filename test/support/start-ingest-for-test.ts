import type { RunningIngest } from '@/ingest/start-ingest';
import { startIngest } from '@/ingest/start-ingest';
import type { BatchingWriterOptions } from '@/ingest/sink/batching-writer';
import { openTempStore, type TempStore } from './temp-store';

export interface TestIngest extends RunningIngest {
  store: TempStore;
  grpcUrl: string;
  httpUrl: string;
  close(): Promise<void>;
}

/** The real OTLP listeners on free loopback ports over a fresh embedded store, in this process. */
export async function startIngestForTest(
  options: {
    token?: string;
    writer?: Partial<BatchingWriterOptions>;
    /** Retention at the door, as TRACEPROF_TTL_DAYS gives the server. */
    retentionDays?: number;
    /** The time bound on writing a request, as TRACEPROF_INGEST_TIMEOUT_MS gives the server. */
    admissionMs?: number;
  } = {},
): Promise<TestIngest> {
  const store = await openTempStore(options.retentionDays);
  const ingest = await startIngest({
    client: store.client,
    host: '127.0.0.1',
    grpcPort: 0,
    httpPort: 0,
    token: options.token,
    ...(options.writer ? { writer: options.writer } : {}),
    ...(options.retentionDays === undefined ? {} : { retentionDays: options.retentionDays }),
    ...(options.admissionMs === undefined ? {} : { admissionMs: options.admissionMs }),
  });
  return {
    ...ingest,
    store,
    grpcUrl: `http://127.0.0.1:${ingest.grpcPort}`,
    httpUrl: `http://127.0.0.1:${ingest.httpPort}`,
    async close() {
      await ingest.stop();
      await store.close();
    },
  };
}
