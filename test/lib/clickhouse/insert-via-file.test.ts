import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { SpanRecord } from '@/ingest/normalize/model';
import { otelTracesTarget, spansToLines, spanToRow } from '@/ingest/rows/span-to-row';
import { failure, RowsRefusedError } from '@/ingest/sink/write-errors';
import { insertRaw, jsonLines } from '@/lib/clickhouse/insert-raw';
import { leftoverIdleMs, sweepLeftovers } from '@/lib/clickhouse/insert-via-file';
import { openTempStore, queryRows, type TempStore } from '@/test/support/temp-store';
import { spanRecord } from '@/test/support/span-record';
import { randomId } from '@/test/support/trace-request';

const now = BigInt(Date.now()) * 1_000_000n;

/** A span with every kind of column filled: maps, nested events and links, non-ASCII text. */
function span(name: string): SpanRecord {
  return spanRecord({
    startNs: now + 123_456_789n,
    durationNs: 987_654_321n,
    parentSpanId: randomId(8),
    traceState: 'k=v',
    name,
    kind: 'Client',
    serviceName: 'file-insert-test',
    resourceAttributes: { 'service.name': 'file-insert-test', 'k8s.pod.name': 'pod-ü' },
    scopeName: 'scope',
    scopeVersion: '1.2.3',
    attributes: { 'http.route': '/a/{b}', ключ: '値'.repeat(50), quote: 'a"b\\c\n' },
    statusCode: 'Error',
    statusMessage: 'went wrong',
    events: [
      { timestampNs: now + 1n, name: 'exception', attributes: { 'exception.type': 'E' } },
      { timestampNs: now + 2n, name: 'retry', attributes: {} },
    ],
    links: [{ traceId: randomId(16), spanId: randomId(8), traceState: '', attributes: { x: 'y' } }],
  });
}

/** This process's payload directories on tmpfs (or in the temp dir where there is none). */
function payloadDirs(): string[] {
  const base = ['/dev/shm'].find((d) => {
    try {
      return statSync(d).isDirectory();
    } catch {
      return false;
    }
  });
  if (base === undefined) return [];
  const prefix = `traceprof-insert-${process.pid}-`;
  return readdirSync(base)
    .filter((n) => n.startsWith(prefix))
    .map((n) => join(base, n));
}

const columns = otelTracesTarget.columns.map((c) => `\`${c}\``).join(', ');
const rowsNamed = (store: TempStore, names: string[]): Promise<unknown[]> =>
  queryRows(
    store.client,
    `SELECT ${columns} FROM otel_traces WHERE SpanName IN {names:Array(String)} ORDER BY SpanName`,
    { names },
  );

describe('the embedded insert through a tmpfs file', () => {
  let store: TempStore;
  before(async () => {
    store = await openTempStore();
  });
  after(() => store.close());

  it('stores every column as the client insert of the same rows does', async () => {
    const viaFile = span(`file-${randomId(3)}`);
    const clientName = `client-${randomId(3)}`;
    await insertRaw(store.client, otelTracesTarget, jsonLines(spansToLines([viaFile])).payload);
    await store.client.insert({
      table: otelTracesTarget.table,
      columns: [...otelTracesTarget.columns] as [string, ...string[]],
      values: [spanToRow({ ...viaFile, name: clientName })],
      format: 'JSONCompactEachRow',
    });
    const [a, b] = await rowsNamed(store, [viaFile.name, clientName]);
    assert.ok(a && b, 'both rows are stored');
    const strip = (r: unknown): unknown => ({ ...(r as object), SpanName: '' });
    assert.deepEqual(strip(a), strip(b));
    assert.equal(
      (a as { SpanAttributes: Record<string, string> }).SpanAttributes.quote,
      'a"b\\c\n',
    );
  });

  it('leaves no payload file behind, after a stored insert and after a refused one', async () => {
    await insertRaw(
      store.client,
      otelTracesTarget,
      jsonLines(spansToLines([span(`ok-${randomId(3)}`)])).payload,
    );
    const bad = spansToLines([span('bad')])[0]!.replace(/^\["\d+"/, '["not a time"');
    const refused = await insertRaw(store.client, otelTracesTarget, jsonLines([bad]).payload).then(
      () => undefined,
      (e: unknown) => failure('otel_traces', e),
    );
    assert.ok(refused instanceof RowsRefusedError, String(refused));
    assert.doesNotMatch(refused.message, /traceprof-insert/, 'the message names no local path');
    const dirs = payloadDirs();
    assert.equal(dirs.length, 1, 'one private directory for the process');
    const dir = dirs[0]!;
    assert.equal(statSync(dir).mode & 0o777, 0o700);
    assert.deepEqual(readdirSync(dir), []);
  });

  it('makes a new directory when its own was removed under it', async () => {
    for (const dir of payloadDirs()) rmSync(dir, { recursive: true, force: true });
    const name = `after-removal-${randomId(3)}`;
    await insertRaw(store.client, otelTracesTarget, jsonLines(spansToLines([span(name)])).payload);
    assert.equal((await rowsNamed(store, [name])).length, 1);
    assert.equal(payloadDirs().length, 1);
  });
});

describe('payload directories a killed process left', () => {
  it('are removed when their process is gone and they have been idle, and no others', () => {
    const base = mkdtempSync(join(tmpdir(), 'traceprof-sweep-test-'));
    try {
      // A pid that ran and exited: its process is gone.
      const gone = spawnSync(process.execPath, ['-e', '0']).pid;
      const old = (Date.now() - leftoverIdleMs - 60_000) / 1000;
      const make = (name: string, idle: boolean): string => {
        const dir = join(base, name);
        mkdirSync(dir);
        writeFileSync(join(dir, '1.RowBinary'), 'x');
        if (idle) utimesSync(dir, old, old);
        return dir;
      };
      const deadIdle = make(`traceprof-insert-${gone}-aaaaaa`, true);
      make(`traceprof-insert-${gone}-bbbbbb`, false); // written to lately: maybe alive elsewhere
      make(`traceprof-insert-${process.ppid}-cccccc`, true); // its process runs
      make('something-else', true);
      assert.deepEqual(sweepLeftovers(base, Date.now()), [deadIdle]);
      assert.deepEqual(
        readdirSync(base).sort(),
        [
          `traceprof-insert-${gone}-bbbbbb`,
          `traceprof-insert-${process.ppid}-cccccc`,
          'something-else',
        ].sort(),
      );
    } finally {
      rmSync(base, { recursive: true, force: true });
    }
  });
});
