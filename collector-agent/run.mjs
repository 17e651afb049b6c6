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
// Before starting, it checks what the eBPF profiler v0.0.202618 needs at start-up
// and prints every missing piece (exit 1) instead of a collector stack of errors:
// root, Linux >= 5.10, bpf() and perf events in the kernel, CAP_SYS_ADMIN,
// permission to raise RLIMIT_MEMLOCK, a mounted tracefs (tracepoints) and
// kprobe support (kallsyms trigger).

import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { release } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { agentBinary, build, BuildError, isUpToDate } from './build.mjs';

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

/** Every reason the eBPF profiler cannot start here (empty when it looks possible). */
export function ebpfProblems() {
  if (process.platform !== 'linux')
    return [`eBPF profiling needs Linux (this is ${process.platform})`];
  const problems = [];
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
  if (capHex) {
    const cap = BigInt(`0x${capHex}`);
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
    if ((cap & CAP_SYS_RESOURCE) === 0n && hardMemlock && hardMemlock !== 'unlimited') {
      problems.push(
        `the profiler raises RLIMIT_MEMLOCK to unlimited, but this root lacks CAP_SYS_RESOURCE and the hard memlock limit is ${hardMemlock} bytes: ` +
          'run with CAP_SYS_RESOURCE (privileged container) or from a shell where `ulimit -Hl unlimited` was set',
      );
    }
  }

  // Tracepoints (sched_process_free, ...) are resolved through tracefs.
  const tracefs = TRACEFS_ROOTS.find((root) => existsSync(join(root, 'events')));
  if (!tracefs) {
    problems.push(
      'tracefs is not mounted (the profiler attaches to sched tracepoints): mount -t tracefs nodev /sys/kernel/tracing',
    );
  }
  // The profiler attaches a kprobe to bpf_ksym_add; that needs kprobe events
  // (CONFIG_KPROBE_EVENTS), seen as the perf "kprobe" PMU (kernels >= 4.17)
  // or as tracefs kprobe_events.
  const kprobePmu = existsSync('/sys/bus/event_source/devices/kprobe/type');
  const kprobeTracefs = tracefs ? existsSync(join(tracefs, 'kprobe_events')) : false;
  if (!kprobePmu && !kprobeTracefs) {
    problems.push(
      'kprobes are unavailable (no kprobe PMU, no kprobe_events; CONFIG_KPROBE_EVENTS off?): the profiler needs a kprobe on bpf_ksym_add',
    );
  }
  return problems;
}

function main() {
  if (typeof process.getuid === 'function' && process.getuid() !== 0) {
    fail('the eBPF profiler must run as root (try: sudo node collector-agent/run.mjs)');
  }
  const problems = ebpfProblems();
  if (problems.length > 0) {
    for (const p of problems) console.error(`run.mjs: ${p}`);
    fail(`cannot run the eBPF profiler on this machine (${problems.length} problem(s) above)`);
  }

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
  const args = extra.some((a) => a === '--config' || a.startsWith('--config='))
    ? [...extra, FEATURE_GATES]
    : [`--config=${defaultConfig}`, FEATURE_GATES, ...extra];
  console.log(`run.mjs: ${agentBinary} ${args.join(' ')}`);

  const child = spawn(agentBinary, args, { stdio: 'inherit' });
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
