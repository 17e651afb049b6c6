// Runs every test file under test/ with Node's test runner (each file in its own process, so each
// gets its own embedded store), TypeScript loaded through tsx. Extra arguments narrow the files:
//   npm test -- test/ingest
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function findTests(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) out.push(...findTests(full));
    else if (name.endsWith('.test.ts')) out.push(full);
  }
  return out;
}

const filters = process.argv.slice(2).map((f) => path.resolve(f));
const files = findTests(path.join(root, 'test'))
  .filter((f) => filters.length === 0 || filters.some((p) => f.startsWith(p)))
  .sort();
if (files.length === 0) {
  console.error('no test files matched');
  process.exit(1);
}
// Debian packages the browser tests need (Chromium); a no-op when present or when not root.
const deps = spawnSync('bash', [path.join(root, 'scripts/install-test-deps.sh')], {
  stdio: 'inherit',
});
if (deps.status !== 0) process.exit(deps.status ?? 1);

const result = spawnSync(
  process.execPath,
  ['--import', 'tsx', '--test', '--test-concurrency=2', '--test-timeout=600000', ...files],
  { cwd: root, stdio: 'inherit', env: process.env },
);
process.exit(result.status ?? 1);
