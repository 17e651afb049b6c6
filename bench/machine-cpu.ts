import { readFileSync } from 'node:fs';
import os from 'node:os';

/** Machine-wide CPU time so far, in clock ticks, from the first line of /proc/stat. */
export interface MachineCpu {
  /** Ticks not idle and not waiting for I/O, all CPUs. */
  busy: number;
  /** Time the hypervisor gave this VM's CPUs to someone else. */
  steal: number;
  total: number;
}

export function readMachineCpu(): MachineCpu {
  const line = readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '';
  // cpu user nice system idle iowait irq softirq steal guest guest_nice
  const [user = 0, nice = 0, system = 0, idle = 0, iowait = 0, irq = 0, softirq = 0, steal = 0] =
    line.split(/\s+/).slice(1).map(Number);
  const total = user + nice + system + idle + iowait + irq + softirq + steal;
  return { busy: user + nice + system + irq + softirq, steal, total };
}

/** Cores in use between two readings: busy share of the interval times the core count. */
export function busyCores(a: MachineCpu, b: MachineCpu): number {
  const d = b.total - a.total;
  return d > 0 ? ((b.busy - a.busy) / d) * os.cpus().length : 0;
}

/** Samples the machine for `ms` before the bench starts: a busy machine skews every figure. */
export async function sampleMachineLoad(ms: number): Promise<number> {
  const a = readMachineCpu();
  await new Promise((resolve) => setTimeout(resolve, ms));
  return busyCores(a, readMachineCpu());
}
