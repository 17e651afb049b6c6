import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { ProcessInfo, SampleGroup } from '@/ingest/normalize/model';
import {
  profileSamplesIngestBinary,
  profileSamplesIngestTypes,
} from '@/ingest/rows/profile-samples-ingest-binary';
import {
  profileSamplesIngestColumns,
  sampleGroupsToIngestRows,
} from '@/ingest/rows/sample-groups-to-ingest-rows';
import { checkColumnTypes, ColumnTypesMismatchError } from '@/ingest/sink/check-column-types';
import { insertRaw, jsonTarget } from '@/lib/clickhouse/insert-raw';
import { openTempStore, queryRows, type TempStore } from '@/test/support/temp-store';

const process1: ProcessInfo = {
  serviceName: 'checkout',
  hostName: 'ip-10-0-0-1',
  pid: 4_000_000_000,
  executableName: 'checkout',
  containerId: 'c0ffee',
  k8s: {
    clusterName: 'prod',
    namespaceName: 'shop',
    deploymentName: 'checkout',
    podName: 'checkout-1',
    podUid: 'uid-1',
    nodeName: 'node-1',
    containerName: 'app',
  },
  resourceAttributes: { 'service.name': 'checkout', 'host.name': 'ip-10-0-0-1', 'x.é': 'ü' },
};
const process2: ProcessInfo = {
  ...process1,
  serviceName: '',
  pid: 0,
  k8s: { ...process1.k8s, podName: 'p'.repeat(300) },
  resourceAttributes: {},
};

/** An hour ago, in whole seconds: inside the store's retention. */
const t0 = Math.floor(Date.now() / 1000) - 3600;

const group = (over: Partial<SampleGroup>): SampleGroup => ({
  timestamps: [`${t0}.123456789`],
  values: [50_000_000],
  traceId: '',
  spanId: '',
  spanSource: '',
  stackId: '1',
  sampleType: 'cpu',
  sampleUnit: 'nanoseconds',
  period: 50_000_000,
  process: process1,
  threadId: 7,
  threadName: 'main',
  sampleAttributes: {},
  ...over,
});

// Edge cases of each writer: a stack id above 2^63, nanoseconds whose low 32 bits carry, times
// with the first and last nanosecond of a second, negative and large weights, long and
// non-ASCII strings, empty and non-empty maps.
const groups: SampleGroup[] = [
  group({
    timestamps: [`${t0}.000000000`, `${t0}.999999999`, `${t0 - 86400}.000000001`],
    values: [1, -5, 9_007_199_254_740_991],
    stackId: '18446744073709551615',
    traceId: '5b8efff798038103d269b633813fc60c',
    spanId: 'eee19b7ec3c1b174',
    spanSource: 'link',
    sampleAttributes: { 'process.context.label.x': 'y', ключ: '値'.repeat(100) },
  }),
  group({ threadName: 'worker 🧵', stackId: '9223372036854775808', threadId: 4_294_967_295 }),
  group({ process: process2, sampleType: 'off_cpu', period: 0, timestamps: [`${t0 + 1}.5`] }),
  group({ process: process2, sampleType: 'off_cpu', period: 0, stackId: '0', values: [0] }),
];

/** The rows of profile_samples, every column, in one order (64-bit integers as strings). */
async function storedSamples(store: TempStore): Promise<unknown[]> {
  return queryRows(
    store.client,
    `SELECT * FROM profile_samples ORDER BY HostName, ProcessPid, ThreadId, Timestamp, StackId, Value`,
  );
}

describe('profile_samples_ingest as RowBinary', () => {
  let store: TempStore;
  before(async () => {
    store = await openTempStore();
  });
  after(() => store.close());

  it('declares the columns and types the store has', async () => {
    await checkColumnTypes(store.client, 'profile_samples_ingest', profileSamplesIngestTypes);
  });

  it('refuses an encoder whose columns differ from the table, naming the column', async () => {
    const changed = profileSamplesIngestTypes.map((c) =>
      c.name === 'ProcessPid' ? { ...c, type: 'UInt64' } : c,
    );
    await assert.rejects(
      checkColumnTypes(store.client, 'profile_samples_ingest', changed),
      (e: unknown) =>
        e instanceof ColumnTypesMismatchError &&
        e.message.includes('profile_samples_ingest.ProcessPid is UInt32 in the store'),
    );
    await assert.rejects(
      checkColumnTypes(store.client, 'profile_samples_ingest', changed.slice(1)),
      /SampleType \(LowCardinality\(String\)\) is in the store but not encoded/,
    );
  });

  it('stores the same rows, every column, as the JSON path', async () => {
    const rows = sampleGroupsToIngestRows(groups);
    const json = Buffer.from(`${rows.map((r) => JSON.stringify(r)).join('\n')}\n`);
    const jsonRows = jsonTarget('profile_samples_ingest', profileSamplesIngestColumns);
    await insertRaw(store.client, jsonRows, json);
    const viaJson = await storedSamples(store);
    assert.equal(viaJson.length, 6);

    await store.client.command({ query: 'TRUNCATE TABLE profile_samples' });
    // The path ingest writes sample hits by.
    await insertRaw(
      store.client,
      profileSamplesIngestBinary.target,
      profileSamplesIngestBinary.encode(rows),
    );
    const viaBinary = await storedSamples(store);
    assert.deepEqual(viaBinary, viaJson);
  });

  it('refuses a value its column cannot hold, naming the column', () => {
    const rows = sampleGroupsToIngestRows([group({ timestamps: ['yesterday'] })]);
    assert.throws(
      () => profileSamplesIngestBinary.encode(rows),
      /profile_samples_ingest\.Timestamps\[\]\[\]: expected nanoseconds, got the string "yesterday"/,
    );
  });
});
