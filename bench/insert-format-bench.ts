// Over 300 lines as one unit: one bench's phases share its store, rows and timing (paths and rows are in insert-format-paths.ts and insert-format-rows.ts).
/**
 * Insert-format bench: the same profile_samples_ingest and otel_traces rows (the bench's OTLP
 * requests through ingest's decoder, normalizer and row builders) inserted into a fresh embedded
 * store by each way the engine can take them, to choose the format ingest should send. Prints
 * rows/s end to end, Node's encode time per row, the engine's time per row, and ratios to the first path (chDB's rawInsert of JSON, what ingest used before RowBinary)
 * JSONCompactEachRow path. `npx tsx bench/insert-format-bench.ts`; see bench/README.md.
 */
import { execSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { applySchema } from '@/lib/clickhouse/apply-schema';
import { RowBinaryTable, type ColumnType } from '@/ingest/rows/row-binary-table';
import { RowBinaryWriter } from '@/ingest/rows/row-binary-writer';
import { openBenchStore, type BenchStore } from './insert-format-paths';
import {
  profileWorkload,
  traceWorkload,
  type InsertBatch,
  type TableWorkload,
} from './insert-format-rows';
import { busyCores, readMachineCpu } from './machine-cpu';

const config = {
  rounds: Number(process.env.BENCH_ROUNDS ?? 3),
  profileRequests: Number(process.env.BENCH_PROFILE_REQUESTS ?? 24),
  profileRequestsPerInsert: 4,
  traceRequests: Number(process.env.BENCH_TRACE_REQUESTS ?? 60),
  traceRequestsPerInsert: 10,
};

const log = (line: string): void => {
  console.log(line);
};

/** One way of getting a batch into the table: encode in Node, then the engine's insert. */
interface InsertFormat {
  name: string;
  /** Untimed work before a batch (filling the staging table of the engine-only baseline). */
  prepare?: (b: InsertBatch) => Promise<void>;
  encode: (b: InsertBatch) => Buffer;
  insert: (payload: Buffer) => Promise<void>;
}

interface FormatRun {
  encodeMs: number;
  encodeCpuMs: number;
  insertMs: number;
  insertCpuMs: number;
  bytes: number;
  busyCores: number;
  checksum: string;
  /** Inserts the engine refused (the format's path is then not usable as it stands). */
  failures: number;
  firstError?: string;
}

async function readColumnTypes(store: BenchStore, table: string): Promise<Map<string, string>> {
  const rs = await store.client.query({
    query: `SELECT name, type FROM system.columns WHERE database = currentDatabase() AND table = {t:String}`,
    query_params: { t: table },
    format: 'JSONEachRow',
  });
  return new Map((await rs.json<ColumnType>()).map((c) => [c.name, c.type]));
}

const quote = (name: string): string => `\`${name}\``;

async function formatsFor(store: BenchStore, w: TableWorkload): Promise<InsertFormat[]> {
  const types = await readColumnTypes(store, w.table);
  const columns: ColumnType[] = w.columns.map((name) => ({ name, type: types.get(name) ?? '?' }));
  const encoder = new RowBinaryTable(w.table, columns);
  const structure = columns.map((c) => `${quote(c.name)} ${c.type}`).join(', ');
  // The same bytes read as String where the column is LowCardinality(String); the insert casts.
  const plainStructure = columns
    .map((c) => `${quote(c.name)} ${c.type.replaceAll(/LowCardinality\((\w+)\)/g, '$1')}`)
    .join(', ');
  const cols = columns.map((c) => quote(c.name)).join(', ');
  const json = (b: InsertBatch): Buffer => Buffer.from(`${b.lines().join('\n')}\n`);
  const rowBinary = (b: InsertBatch): Buffer => encoder.encode(b.rows());
  const quoted = columns.map((c) => quote(c.name));
  const stage = `bench_stage_${w.table}`;
  await store.client.command({
    query: `CREATE TABLE ${stage} ENGINE = Memory AS SELECT ${cols} FROM ${w.table} LIMIT 0`,
  });
  return [
    {
      name: 'JSONCompactEachRow, rawInsert (before)',
      encode: json,
      insert: (p) => store.rawJson(w.table, w.columns, p),
    },
    {
      name: 'RowBinary, native insert on a 2nd session',
      encode: rowBinary,
      insert: (p) => store.nativeInsert(`INSERT INTO ${w.table} (${cols}) FORMAT RowBinary`, p),
    },
    {
      name: 'RowBinaryWithNamesAndTypes, 2nd session',
      encode: (b) => {
        const out = new RowBinaryWriter();
        encoder.writeHeader(out);
        encoder.writeRows(out, b.rows());
        return out.bytes();
      },
      insert: (p) =>
        store.nativeInsert(`INSERT INTO ${w.table} (${cols}) FORMAT RowBinaryWithNamesAndTypes`, p),
    },
    {
      name: 'RowBinary, input() LC as String, 2nd session',
      encode: rowBinary,
      insert: (p) =>
        store.nativeInsert(
          `INSERT INTO ${w.table} (${cols}) SELECT * FROM input('${plainStructure}') FORMAT RowBinary`,
          p,
        ),
    },
    {
      name: 'RowBinary, file() LC as String, /dev/shm',
      encode: rowBinary,
      insert: (p) => store.fileInsert(w.table, quoted, 'RowBinary', plainStructure, p),
    },
    {
      name: 'RowBinary, file() on /dev/shm',
      encode: rowBinary,
      insert: (p) =>
        store.fileInsert(
          w.table,
          columns.map((c) => quote(c.name)),
          'RowBinary',
          structure,
          p,
        ),
    },
    {
      name: 'JSONCompactEachRow, file() on /dev/shm',
      encode: json,
      insert: (p) =>
        store.fileInsert(
          w.table,
          columns.map((c) => quote(c.name)),
          'JSONCompactEachRow',
          structure,
          p,
        ),
    },
    {
      name: 'engine only: INSERT SELECT from Memory',
      prepare: async (b) => {
        await store.client.command({ query: `TRUNCATE TABLE ${stage}` });
        await store.fileInsert(
          stage,
          quoted,
          'RowBinary',
          plainStructure,
          encoder.encode(b.rows()),
        );
      },
      encode: () => Buffer.alloc(0),
      insert: () =>
        store.client
          .command({ query: `INSERT INTO ${w.table} (${cols}) SELECT ${cols} FROM ${stage}` })
          .then(() => undefined),
    },
  ];
}

/** Tables the workload's rows land in, emptied between runs so each run starts alike. */
const landingTables: Record<string, string[]> = {
  profile_samples: ['profile_samples', 'profile_samples_by_span'],
  otel_traces: ['otel_traces', 'otel_traces_trace_id_ts'],
};

async function scalar(store: BenchStore, query: string): Promise<string> {
  const rs = await store.client.query({ query, format: 'JSONEachRow' });
  const [row] = await rs.json<{ v: string | number }>();
  return String(row?.v ?? '');
}

const cpuMs = (u: NodeJS.CpuUsage): number => (u.user + u.system) / 1000;

async function runFormat(store: BenchStore, w: TableWorkload, f: InsertFormat): Promise<FormatRun> {
  for (const t of landingTables[w.storedTable] ?? [])
    await store.client.command({ query: `TRUNCATE TABLE ${t}` });
  const run: FormatRun = {
    encodeMs: 0,
    encodeCpuMs: 0,
    insertMs: 0,
    insertCpuMs: 0,
    bytes: 0,
    busyCores: 0,
    checksum: '',
    failures: 0,
  };
  let machineMs = 0;
  let machineCores = 0;
  for (const b of w.batches) {
    try {
      await f.prepare?.(b);
    } catch (e) {
      run.failures++;
      run.firstError ??= `preparing: ${(e instanceof Error ? e.message : String(e)).split('\n')[0]}`;
      continue;
    }
    const m0 = readMachineCpu();
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const payload = f.encode(b);
    const t1 = performance.now();
    const c1 = process.cpuUsage();
    try {
      await f.insert(payload);
    } catch (e) {
      run.failures++;
      run.firstError ??= (e instanceof Error ? e.message : String(e)).split('\n')[0];
    }
    const t2 = performance.now();
    const c2 = process.cpuUsage();
    run.encodeMs += t1 - t0;
    run.encodeCpuMs += cpuMs(c1) - cpuMs(c0);
    run.insertMs += t2 - t1;
    run.insertCpuMs += cpuMs(c2) - cpuMs(c1);
    run.bytes += payload.length;
    machineCores += busyCores(m0, readMachineCpu()) * (t2 - t0);
    machineMs += t2 - t0;
  }
  run.busyCores = machineCores / Math.max(1, machineMs);
  if (run.failures > 0) return run;
  const expected = w.batches.reduce((n, b) => n + b.storedRows, 0);
  const stored = Number(await scalar(store, `SELECT count() AS v FROM ${w.storedTable}`));
  if (stored !== expected) {
    run.failures++;
    run.firstError = `${w.storedTable} has ${stored} rows after the inserts, expected ${expected}`;
    return run;
  }
  run.checksum = await scalar(
    store,
    `SELECT toString(sum(cityHash64(*))) AS v FROM ${w.storedTable}`,
  );
  return run;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

interface FormatSummary {
  name: string;
  rowsPerSecond: number;
  encodeUsPerRow: number;
  encodeCpuUsPerRow: number;
  engineUsPerRow: number;
  engineCpuUsPerRow: number;
  bytesPerRow: number;
  busyCores: number;
}

async function benchTable(
  store: BenchStore,
  w: TableWorkload,
  unit: string,
): Promise<FormatSummary[]> {
  const formats = await formatsFor(store, w);
  const rows = w.batches.reduce((n, b) => n + b.storedRows, 0);
  const ingestRows = w.batches.reduce((n, b) => n + b.rows().length, 0);
  log(
    `\n${w.table} → ${w.storedTable}: ${ingestRows} rows inserted as ${rows} ${unit} in ${w.batches.length} inserts, ${config.rounds} rounds`,
  );
  // Warm-up: one batch per format (JIT, first parts), not timed.
  const first = w.batches[0];
  if (first)
    for (const f of formats) {
      await (f.prepare?.(first) ?? Promise.resolve())
        .then(() => f.insert(f.encode(first)))
        .catch(() => undefined);
    }
  const runs = new Map<string, FormatRun[]>(formats.map((f) => [f.name, []]));
  for (let r = 0; r < config.rounds; r++) {
    const order = formats.map((_, i) => formats[(i + r) % formats.length] as InsertFormat);
    for (const f of order) runs.get(f.name)?.push(await runFormat(store, w, f));
  }
  const checksums = new Set(
    [...runs.values()]
      .flat()
      .filter((r) => r.failures === 0)
      .map((r) => r.checksum),
  );
  for (const [name, rs] of runs) {
    const failed = rs.find((r) => r.failures > 0);
    if (failed)
      log(
        `${name}: ${rs.reduce((n, r) => n + r.failures, 0)} of ${rs.length * w.batches.length} inserts refused, e.g. ${failed.firstError ?? ''}`,
      );
  }
  log(
    checksums.size === 1
      ? `stored rows identical across formats (checksum ${[...checksums][0]})`
      : `STORED ROWS DIFFER between formats: checksums ${[...checksums].join(', ')}`,
  );
  if (checksums.size !== 1) process.exitCode = 1;
  return formats.map((f) => {
    const rs = runs.get(f.name) ?? [];
    const per = (g: (x: FormatRun) => number): number => (median(rs.map(g)) * 1000) / rows;
    return {
      name: rs.some((r) => r.failures > 0) ? `${f.name} (FAILED)` : f.name,
      rowsPerSecond: rows / (median(rs.map((x) => x.encodeMs + x.insertMs)) / 1000),
      encodeUsPerRow: per((x) => x.encodeMs),
      encodeCpuUsPerRow: per((x) => x.encodeCpuMs),
      engineUsPerRow: per((x) => x.insertMs),
      engineCpuUsPerRow: per((x) => x.insertCpuMs),
      bytesPerRow: median(rs.map((x) => x.bytes)) / rows,
      busyCores: median(rs.map((x) => x.busyCores)),
    };
  });
}

function describe(summaries: FormatSummary[], unit: string): void {
  const base = summaries[0];
  if (!base) return;
  log(
    `${'format'.padEnd(44)} ${`${unit}/s`.padStart(10)} ${'×first'.padStart(7)} ${'encode µs'.padStart(10)} ${'(cpu)'.padStart(7)} ${'engine µs'.padStart(10)} ${'(cpu)'.padStart(7)} ${'×first'.padStart(7)} ${'B/row'.padStart(7)} ${'busy'.padStart(5)}`,
  );
  for (const s of summaries) {
    log(
      `${s.name.padEnd(44)} ${Math.round(s.rowsPerSecond).toString().padStart(10)} ${(s.rowsPerSecond / base.rowsPerSecond).toFixed(2).padStart(7)} ` +
        `${s.encodeUsPerRow.toFixed(2).padStart(10)} ${s.encodeCpuUsPerRow.toFixed(2).padStart(7)} ${s.engineUsPerRow.toFixed(2).padStart(10)} ${s.engineCpuUsPerRow.toFixed(2).padStart(7)} ` +
        `${(base.engineUsPerRow / s.engineUsPerRow).toFixed(2).padStart(7)} ${s.bytesPerRow.toFixed(1).padStart(7)} ${s.busyCores.toFixed(2).padStart(5)}`,
    );
  }
}

async function main(): Promise<void> {
  log(`machine: ${os.cpus().length} cores, ${execSync('uptime').toString().trim()}`);
  const t0 = performance.now();
  const profiles = profileWorkload(config.profileRequests, config.profileRequestsPerInsert);
  const traces = traceWorkload(config.traceRequests, config.traceRequestsPerInsert);
  log(`rows built in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'traceprof-format-bench-'));
  const store = openBenchStore(dataDir, `/dev/shm/traceprof-format-bench-${process.pid}.bin`);
  try {
    await applySchema(store.client, 7);
    // Merges would run at random moments inside one format's timing and not another's.
    await store.client.command({ query: 'SYSTEM STOP MERGES' });
    const p = await benchTable(store, profiles, 'hits');
    const t = await benchTable(store, traces, 'spans');
    log(
      '\nper stored row (hit / span); encode = Node (wall, process CPU), engine = the awaited insert (wall, process CPU), busy = machine cores in use',
    );
    log('\nprofile_samples_ingest (per hit):');
    describe(p, 'hits');
    log('\notel_traces (per span):');
    describe(t, 'spans');
    log(`\n${execSync('uptime').toString().trim()}`);
    log(JSON.stringify({ profiles: p, traces: t }));
  } finally {
    await store.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

process.on('unhandledRejection', (e) => {
  log(`unhandled: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
});
await main();
