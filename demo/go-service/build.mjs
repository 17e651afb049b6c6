// Builds the Go demo service ("inventory") into demo/.build/inventory with the local Go toolchain.
//   node demo/go-service/build.mjs
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
export const inventoryBinary = path.resolve(here, '../.build/inventory');

/** True when the binary exists and is newer than every source file of the service. */
export function isInventoryUpToDate() {
  if (!existsSync(inventoryBinary)) return false;
  const built = statSync(inventoryBinary).mtimeMs;
  return readdirSync(here)
    .filter((f) => f.endsWith('.go') || f === 'go.mod' || f === 'go.sum')
    .every((f) => statSync(path.join(here, f)).mtimeMs < built);
}

/** Builds the service unless it is up to date; returns an error message, or undefined on success. */
export function buildInventory() {
  if (isInventoryUpToDate()) return undefined;
  const go = spawnSync('go', ['build', '-o', inventoryBinary, '.'], {
    cwd: here,
    stdio: 'inherit',
  });
  if (go.error || go.status !== 0) return go.error?.message ?? `go build exited ${go.status}`;
  return undefined;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const failure = buildInventory();
  if (failure) {
    console.error(`demo: cannot build the Go service: ${failure}`);
    process.exit(1);
  }
}
