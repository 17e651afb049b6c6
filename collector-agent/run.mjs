#!/usr/bin/env node
// Runs the traceprof agent (collector + eBPF profiler) in the foreground:
//
//   sudo node collector-agent/run.mjs [extra collector flags...]
//
// = .build/otelcol-traceprof/otelcol-traceprof --config=config/local.yaml --feature-gates=+service.profilesSupport
//
// The feature gate is mandatory: without it the collector refuses `profiles` pipelines.
// Passing your own --config=... replaces config/local.yaml.
// Env: TRACEPROF_OTLP_ENDPOINT (default 127.0.0.1:4317) is read by config/local.yaml.
// Builds the binary first (build.mjs) when it is missing.
//
// Before starting, it checks what the eBPF profiler v0.0.202618 needs at start-up.
// Missing essentials (root, Linux >= 5.10, bpf() and perf events, CAP_SYS_ADMIN or
// CAP_BPF+CAP_PERFMON) are printed and it exits 1. Four gaps common in sandboxes are bridged by
// our launcher (launcher/main.go) instead, in the agent's own environment only: no permission to
// raise RLIMIT_MEMLOCK, no tracefs mounted, no kprobes in the kernel, and a time namespace whose
// monotonic clock is offset from the host's (which would shift every sample's timestamp).
// `--check` prints what it found and exits 0 when the agent can run, 1 when it cannot.

import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { release } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { agentBinary, build, BuildError, buildLauncher, isUpToDate } from './build.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const defaultConfig = join(here, 'config', 'local.yaml');
const FEATURE_GATES = '--feature-gates=+service.profilesSupport';
const MIN_KERNEL = [5, 10]; // the profiler receiver refuses older kernels
const TRACEFS_ROOTS = ['/sys/kernel/tracing', '/sys/kernel/debug/tracing'];

const CAP_SYS_ADMIN = 1n << 21n;
const CAP_SYS_RESOURCE = 1n << 24n;
const CAP_PERFMON = 1n << 38n;
const CAP_BPF = 1n << 39n;

function fail(msg) {
  console.error(`run.mjs: ${msg}`);
  process.exit(1);
}

function readOr(path, fallback) {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return fallback;
  }
}

/**
 * What stands between this machine and the eBPF profiler: `problems` stop it (empty when it can
 * run); `adapt` lists the launcher flags that bridge the rest.
 */
export function ebpfReadiness() {
  const adapt = [];
  if (process.platform !== 'linux')
    return {
      problems: [`eBPF profiling needs Linux (this is ${process.platform})`],
      adapt,
      kprobes: false,
    };
  const problems = [];
  if (typeof process.getuid === 'function' && process.getuid() !== 0) {
    problems.push('the eBPF profiler must run as root (try: sudo npm run agent)');
  }
  const m = /^(\d+)\.(\d+)/.exec(release());
  if (
    m &&
    (Number(m[1]) < MIN_KERNEL[0] ||
      (Number(m[1]) === MIN_KERNEL[0] && Number(m[2]) < MIN_KERNEL[1]))
  ) {
    problems.push(
      `kernel ${release()} is too old for the eBPF profiler (needs >= ${MIN_KERNEL.join('.')})`,
    );
  }
  // This sysctl exists only when the kernel has the bpf() syscall (CONFIG_BPF_SYSCALL).
  if (!existsSync('/proc/sys/kernel/unprivileged_bpf_disabled')) {
    problems.push('eBPF is unavailable: kernel built without CONFIG_BPF_SYSCALL');
  }
  // Exists only with perf events (CONFIG_PERF_EVENTS), which drive the CPU sampling.
  if (!existsSync('/proc/sys/kernel/perf_event_paranoid')) {
    problems.push('perf events are unavailable: kernel built without CONFIG_PERF_EVENTS');
  }

  const capHex = /^CapEff:\s*([0-9a-f]+)/m.exec(readOr('/proc/self/status', ''))?.[1];
  const cap = capHex ? BigInt(`0x${capHex}`) : undefined;
  if (cap !== undefined) {
    if (
      (cap & CAP_SYS_ADMIN) === 0n &&
      (cap & (CAP_BPF | CAP_PERFMON)) !== (CAP_BPF | CAP_PERFMON)
    ) {
      problems.push(
        'eBPF is unavailable: this process lacks CAP_SYS_ADMIN (or CAP_BPF+CAP_PERFMON); run as real root or in a privileged container',
      );
    }
    // The profiler (rlimit.MaximizeMemlock) always raises RLIMIT_MEMLOCK to
    // unlimited and aborts if it cannot ("failed to set temporary rlimit:
    // operation not permitted"), even on kernels with memcg-accounted BPF memory.
    const hardMemlock = /^Max locked memory\s+\S+\s+(\S+)/m.exec(
      readOr('/proc/self/limits', ''),
    )?.[1];
    // BPF memory is charged to the memory cgroup since Linux 5.11, so the launcher can let that
    // raise "succeed" without changing the limit.
    if ((cap & CAP_SYS_RESOURCE) === 0n && hardMemlock && hardMemlock !== 'unlimited') {
      adapt.push('-fake-memlock');
    }
  }

  // The profiler stamps samples with the host's CLOCK_MONOTONIC (bpf_ktime_get_ns) and converts
  // them with its own CLOCK_MONOTONIC: in a time namespace with an offset, every sample would land
  // that far from its spans. The launcher runs the agent in a namespace with the host's clocks.
  const clockOffset = timeNamespaceOffsetSeconds();
  if (clockOffset !== 0 && cap !== undefined && (cap & CAP_SYS_ADMIN) === 0n) {
    // Creating a time namespace takes CAP_SYS_ADMIN; the agent still runs, but its samples can
    // only be matched to spans by link or label, not by time window.
    console.warn(
      `run.mjs: warning: this time namespace's monotonic clock is ${clockOffset} s off the host's and without CAP_SYS_ADMIN the agent cannot leave it: samples will be stamped ${clockOffset} s early`,
    );
  } else if (clockOffset !== 0) {
    adapt.push('-host-clocks');
  }

  // Tracepoints (sched_process_free, ...) are resolved through tracefs.
  const tracefs = TRACEFS_ROOTS.find((root) => existsSync(join(root, 'events')));
  if (!tracefs) adapt.push('-tracefs'); // mounted in the agent's private mount namespace
  // The profiler attaches a kprobe to bpf_ksym_add; that needs kprobe events
  // (CONFIG_KPROBE_EVENTS), seen as the perf "kprobe" PMU (kernels >= 4.17)
  // or as tracefs kprobe_events.
  const kprobePmu = existsSync('/sys/bus/event_source/devices/kprobe/type');
  const kprobeTracefs = tracefs ? existsSync(join(tracefs, 'kprobe_events')) : false;
  const kprobes = kprobePmu || kprobeTracefs || hasKprobes();
  if (!kprobes) {
    // The kprobe on bpf_ksym_add only tracks BPF JIT symbols added later; the profiler skips it
    // when the symbol is absent, so the launcher hides it from the agent's /proc/kallsyms.
    adapt.push('-hide-kallsyms-kprobe');
  }
  return { problems, adapt, kprobes };
}

/**
 * The largest offset, in seconds, of this process's time namespace from the host's monotonic and
 * boot-time clocks; 0 outside a time namespace or on kernels without them.
 */
export function timeNamespaceOffsetSeconds() {
  let largest = 0;
  for (const line of readOr('/proc/self/timens_offsets', '').split('\n')) {
    const [clock, seconds, nanoseconds] = line.trim().split(/\s+/);
    if (clock !== 'monotonic' && clock !== 'boottime') continue;
    const offset = Number(seconds) + Number(nanoseconds) / 1e9;
    if (Number.isFinite(offset) && Math.abs(offset) > Math.abs(largest)) largest = offset;
  }
  return largest;
}

/** The override that turns the profiler's off-CPU sampling off. */
export const OFF_CPU_OFF = '--set=receivers::profiling::off_cpu_threshold=0';

/** The profiling receiver's off_cpu_threshold in the config the arguments name (0 if unset). */
export function offCpuThreshold(agentArgs) {
  const arg = agentArgs.find((a) => a.startsWith('--config='));
  const text = arg ? readOr(arg.slice('--config='.length), '') : '';
  const value = /^\s*off_cpu_threshold:\s*([0-9.]+)/m.exec(text)?.[1];
  return value ? Number(value) : 0;
}

/** CONFIG_KPROBES from the running kernel's config, when the kernel exposes it. */
function hasKprobes() {
  try {
    const config = gunzipSync(readFileSync('/proc/config.gz')).toString('utf8');
    return /^CONFIG_KPROBES=y/m.test(config);
  } catch {
    return false;
  }
}

function main() {
  const { problems, adapt, kprobes } = ebpfReadiness();
  if (problems.length > 0) {
    for (const p of problems) console.error(`run.mjs: ${p}`);
    fail(`cannot run the eBPF profiler on this machine (${problems.length} problem(s) above)`);
  }
  if (adapt.length > 0) console.log(`run.mjs: bridging with the launcher: ${adapt.join(' ')}`);
  if (process.argv.includes('--check')) process.exit(0);

  if (!existsSync(agentBinary)) {
    console.log('run.mjs: agent binary missing, building it first');
    try {
      build();
    } catch (err) {
      if (err instanceof BuildError) fail(`cannot build the agent: ${err.message}`);
      throw err;
    }
  } else if (!isUpToDate()) {
    console.warn(
      'run.mjs: warning: manifest.yaml is newer than the binary; run `node collector-agent/build.mjs` to rebuild',
    );
  }

  const extra = process.argv.slice(2);
  const agentArgs = extra.some((a) => a === '--config' || a.startsWith('--config='))
    ? [...extra, FEATURE_GATES]
    : [`--config=${defaultConfig}`, FEATURE_GATES, ...extra];
  if (!kprobes && offCpuThreshold(agentArgs) > 0) {
    // Off-CPU profiling attaches a kprobe to finish_task_switch, which a kernel without kprobes
    // cannot give; the profiler would stop at start-up, so it runs without off-CPU samples.
    console.warn(
      'run.mjs: warning: off-CPU profiling needs kprobes (kprobe/finish_task_switch) and this kernel has none (CONFIG_KPROBES unset): running with off_cpu_threshold 0',
    );
    agentArgs.push(OFF_CPU_OFF);
  }
  let command = agentBinary;
  let args = agentArgs;
  if (adapt.length > 0) {
    try {
      command = buildLauncher();
    } catch (err) {
      if (err instanceof BuildError) fail(`cannot build the launcher: ${err.message}`);
      throw err;
    }
    args = [...adapt, '--', agentBinary, ...agentArgs];
  }
  console.log(`run.mjs: ${command} ${args.join(' ')}`);

  const child = spawn(command, args, { stdio: 'inherit' });
  child.on('error', (err) => fail(`could not start ${agentBinary}: ${err.message}`));
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.on(sig, () => child.kill(sig)); // let the collector shut down cleanly
  }
  child.on('exit', (code, signal) => {
    if (signal) {
      const num = { SIGHUP: 1, SIGINT: 2, SIGKILL: 9, SIGTERM: 15 }[signal] ?? 1;
      process.exit(128 + num);
    }
    process.exit(code ?? 1);
  });
}

main();
