import type { SampleKind } from '@/lib/correlation/sample-kinds';

/** How a sample type is named on screen: by what it measures, with the stored name for others. */
export function sampleTypeLabel(kind: SampleKind, name: string): string {
  switch (kind) {
    case 'on-cpu':
      return 'CPU';
    case 'off-cpu':
      return 'Off-CPU';
    case 'other':
      return name;
  }
}

export const sampleKindHelp: Record<SampleKind, string> = {
  'on-cpu': 'Where the threads ran on a CPU (periodic samples)',
  'off-cpu': 'Where the threads waited off the CPU: locks, I/O, sleep, the scheduler',
  other: 'Samples of this type as the profiler sent them',
};
