// Builds the Go programs the selected tests need, once, before any test starts: each build runs
// as its own child with progress every minute and a time budget, after which it is stopped. A
// failed or missing build does not stop the run: it is reported, and the tests that need the
// program fail (or, without Go and TRACEPROF_REQUIRE_ALL, skip) with the reason.
import { spawn, spawnSync } from 'node:child_process';
import { goBinaries } from './go-binaries.mjs';

function minutes(ms) {
  const s = Math.round(ms / 1000);
  return s >= 60 ? `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s` : `${s}s`;
}

/** Why a program is unavailable when Go is missing: the one reason a test skips rather than fails. */
export const NO_GO = 'Go is not installed, so it cannot be built';

/** Runs one build; resolves with undefined on success, else why it failed. */
function runBuild(name, binary) {
  const started = Date.now();
  console.log(
    `prepare: building ${binary.what} (${binary.expect}; budget ${binary.budgetMinutes} min)`,
  );
  const child = spawn(process.execPath, binary.build, { stdio: 'inherit', detached: true });
  const progress = setInterval(() => {
    console.log(`prepare: still building ${name}, ${minutes(Date.now() - started)} so far`);
  }, 60_000);
  let overBudget = false;
  const budget = setTimeout(() => {
    overBudget = true;
    try {
      process.kill(-child.pid, 'SIGKILL'); // the build and the go commands it started
    } catch {
      // already gone
    }
  }, binary.budgetMinutes * 60_000);
  return new Promise((resolve) => {
    child.on('exit', (code, signal) => {
      clearInterval(progress);
      clearTimeout(budget);
      const took = minutes(Date.now() - started);
      if (overBudget)
        resolve(
          `its build took longer than its budget of ${binary.budgetMinutes} min and was stopped`,
        );
      else if (code !== 0)
        resolve(
          `its build failed (${signal ?? `exit ${code}`}, after ${took}; see the output above)`,
        );
      else if (!binary.upToDate())
        resolve(`its build succeeded but left no up-to-date ${binary.path}`);
      else {
        console.log(`prepare: built ${name} in ${took}`);
        resolve(undefined);
      }
    });
  });
}

/** Builds what is stale among `names`; resolves with { name: why it is unavailable }. */
export async function prepareGoBinaries(names) {
  const failures = {};
  if (names.length === 0) return failures;
  const stale = names.filter((n) => !goBinaries[n].upToDate());
  if (stale.length === 0) {
    console.log(`prepare: ${names.join(', ')} already built and up to date`);
    return failures;
  }
  if (spawnSync('go', ['version']).status !== 0) {
    for (const n of stale) failures[n] = NO_GO;
    console.log(`prepare: Go is not installed; cannot build ${stale.join(', ')}`);
    return failures;
  }
  for (const name of stale) {
    if (goBinaries[name].upToDate()) continue; // built as part of an earlier step
    const failure = await runBuild(name, goBinaries[name]);
    if (failure) {
      failures[name] = failure;
      console.log(`prepare: ${name}: ${failure}`);
    }
  }
  return failures;
}
