/**
 * What a stored sample's weight measures, told by its data rather than by its type's name:
 * - on-cpu: periodic time samples (unit nanoseconds, Period > 0): the profiler looked every
 *   Period ns and found the thread running this stack;
 * - off-cpu: time events (unit nanoseconds, Period 0): each hit's Value is how long the thread
 *   was off the CPU in this stack (the eBPF profiler's off-CPU events);
 * - other: anything else (allocations, counts, …).
 */
export type SampleKind = 'on-cpu' | 'off-cpu' | 'other';

export const sampleKinds: readonly SampleKind[] = ['on-cpu', 'off-cpu', 'other'];

/** The one rule that tells on-CPU from off-CPU samples: a stored unit and period. */
export function sampleKind(unit: string, periodNs: number): SampleKind {
  if (unit !== 'nanoseconds') return 'other';
  return periodNs > 0 ? 'on-cpu' : 'off-cpu';
}
