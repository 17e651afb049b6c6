// `npm test`: installs what the browser tests need, builds the Go programs the selected tests
// need (once, before they start), then runs every test file under test/ with Node's test runner
// (each file in its own process, so each gets its own embedded store), TypeScript through tsx.
// Extra arguments narrow the files:   npm test -- test/ingest
//
// Every process the run starts carries the run's tag in its environment, and none is left when
// the run ends, however it ends: normally, on SIGINT/SIGTERM/SIGHUP, or killed (a watcher started
// here outlives the runner and stops them; see test-run/reap.mjs).
import { spawn, spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { binariesNeededBy } from './test-run/go-binaries.mjs';
import { prepareGoBinaries } from './test-run/prepare.mjs';
import { reapTagged, RUN_TAG } from './test-run/reap.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const here = path.join(root, 'scripts/test-run');

/** Test files under `dir`; test/fixtures holds inputs of tests, which run only when named. */
function findTests(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (full === path.join(root, 'test', 'fixtures')) continue;
    if (statSync(full).isDirectory()) out.push(...findTests(full));
    else if (name.endsWith('.test.ts')) out.push(full);
  }
  return out;
}

const filters = process.argv.slice(2).map((f) => path.resolve(f));
const named = filters.filter((f) => f.endsWith('.test.ts') && existsSync(f));
const files = [
  ...new Set([
    ...findTests(path.join(root, 'test')).filter(
      (f) => filters.length === 0 || filters.some((p) => f.startsWith(p)),
    ),
    ...named,
  ]),
].sort();
if (files.length === 0) {
  console.error('no test files matched');
  process.exit(1);
}

const runId = randomUUID();
const watcherEnv = { ...process.env };
process.env[RUN_TAG] = runId;
const watcher = spawn(
  process.execPath,
  [path.join(here, 'reap.mjs'), '--after', String(process.pid), runId],
  {
    detached: true,
    stdio: 'ignore',
    env: watcherEnv, // untagged: it must not stop itself
  },
);
watcher.unref();

let stopping = false;
async function finish(code) {
  if (stopping) return;
  stopping = true;
  const left = await reapTagged(RUN_TAG, runId);
  if (left > 0)
    console.log(`test run: stopped ${left} process(es) it had started that were still running`);
  watcher.kill('SIGTERM');
  process.exit(code);
}
for (const [sig, code] of [
  ['SIGINT', 130],
  ['SIGTERM', 143],
  ['SIGHUP', 129],
]) {
  process.on(sig, () => {
    console.log(`test run: ${sig}, stopping every process it started`);
    void finish(code);
  });
}

const started = Date.now();
// Debian packages the browser tests need (Chromium); a no-op when present or when not root.
const deps = spawnSync('bash', [path.join(root, 'scripts/install-test-deps.sh')], {
  stdio: 'inherit',
});
if (deps.status !== 0) await finish(deps.status ?? 1);

const needed = binariesNeededBy(files.map((f) => readFileSync(f, 'utf8')));
const failures = await prepareGoBinaries(needed);
const prepared = Date.now();

const runner = spawn(
  process.execPath,
  [
    '--import',
    'tsx',
    '--import',
    path.join(here, 'reap-on-exit.mjs'),
    '--test',
    '--test-concurrency=2',
    '--test-timeout=600000',
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    `--test-reporter=${path.join(here, 'summary-reporter.mjs')}`,
    '--test-reporter-destination=stdout',
    ...files,
  ],
  {
    cwd: root,
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, TRACEPROF_BUILD_FAILURES: JSON.stringify(failures) },
  },
);
// Read the summary as it passes, to fail a run in which nothing ran.
let tail = '';
runner.stdout.on('data', (chunk) => {
  process.stdout.write(chunk);
  tail = (tail + chunk.toString()).slice(-4000);
});
const code = await new Promise((resolve) => {
  runner.on('exit', (c, signal) => resolve(c ?? (signal ? 1 : 0)));
});
const nothingRan = / 0 ran, /.test(tail);
console.log(
  `test run: preparation ${Math.round((prepared - started) / 1000)} s, tests ${Math.round((Date.now() - prepared) / 1000)} s`,
);
await finish(code === 0 && nothingRan ? 1 : code);
