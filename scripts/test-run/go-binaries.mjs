// The Go programs the tests run, each built at most once per `npm test`, before the tests start
// (prepare.mjs); a test names the ones it needs with requireBuilt(t, '<name>')
// (test/support/require-built.ts), which is also how the runner knows what to build.
import path from 'node:path';
import {
  agentBinary,
  isLauncherUpToDate,
  isUpToDate as isAgentUpToDate,
  launcherBinary,
} from '../../collector-agent/build.mjs';
import { inventoryBinary, isInventoryUpToDate } from '../../demo/go-service/build.mjs';

const root = path.resolve(import.meta.dirname, '../..');

/**
 * @typedef {object} GoBinary
 * @property {string} what        what it is, for progress lines and errors
 * @property {string} path        where the build leaves it
 * @property {() => boolean} upToDate  true when it exists and is newer than its sources
 * @property {string[]} build     the command (after `node`) that builds it
 * @property {number} budgetMinutes  how long its build may take before it is stopped
 * @property {string} expect      what a build from empty Go caches takes, for the progress line
 */

/** @satisfies {Record<string, GoBinary>} */
export const goBinaries = {
  agent: {
    what: 'the agent (OpenTelemetry Collector with the eBPF profiler)',
    path: agentBinary,
    upToDate: isAgentUpToDate,
    build: [path.join(root, 'collector-agent/build.mjs')],
    budgetMinutes: Number(process.env.TRACEPROF_AGENT_BUILD_MINUTES ?? 45),
    expect: 'from empty Go caches 6 to 20 minutes on 2 cores, seconds once built',
  },
  launcher: {
    what: 'the agent launcher',
    path: launcherBinary,
    upToDate: isLauncherUpToDate,
    build: [path.join(root, 'collector-agent/build.mjs'), '--launcher'],
    budgetMinutes: 5,
    expect: 'seconds',
  },
  inventory: {
    what: 'the Go demo service',
    path: inventoryBinary,
    upToDate: isInventoryUpToDate,
    build: [path.join(root, 'demo/go-service/build.mjs')],
    budgetMinutes: 10,
    expect: 'under a minute from empty Go caches',
  },
};

/** The names of the binaries that these test files ask for with requireBuilt(t, '<name>'). */
export function binariesNeededBy(sources) {
  const names = new Set();
  for (const text of sources) {
    for (const m of text.matchAll(/requireBuilt\(\s*t,\s*'(\w+)'/g)) {
      if (m[1] in goBinaries) names.add(m[1]);
    }
  }
  // In this order: the agent's build also builds the launcher, which is then up to date.
  return Object.keys(goBinaries).filter((n) => names.has(n));
}
