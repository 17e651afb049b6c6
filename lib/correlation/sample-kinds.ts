import { param, sqlFragment, type SqlFragment } from '../clickhouse/sql';

/**
 * What a stored sample type measures, told by the data, not by a name we expect:
 * - on-cpu: a periodic sampler's hits, stored by ingest as count × period nanoseconds, so its
 *   rows carry Period > 0 and unit nanoseconds (the eBPF profiler's `cpu`, Go's pprof CPU);
 * - off-cpu: the eBPF profiler's scheduler-switch samples, each hit weighing the nanoseconds its
 *   thread spent off the CPU before it ran again (sample type `off_cpu`, no period);
 * - other: anything else (allocations, wall clock, …), shown but not split into time.
 */
export type SampleKind = 'on-cpu' | 'off-cpu' | 'other';

export const sampleKinds: readonly SampleKind[] = ['on-cpu', 'off-cpu', 'other'];

/** The eBPF profiler's sample type for off-CPU events (its tracer registers it under this name). */
export const offCpuSampleType = 'off_cpu';

const nanoseconds = 'nanoseconds';

/** The kind of a sample type from its stored unit and period. */
export function sampleKindOf(type: string, unit: string, periodNs: number): SampleKind {
  if (unit === nanoseconds && periodNs > 0) return 'on-cpu';
  if (type === offCpuSampleType && unit === nanoseconds) return 'off-cpu';
  return 'other';
}

/** sampleKindOf over a samples source's columns (SampleType, SampleUnit, Period). */
export function sampleKindSql(): SqlFragment {
  const ns = param('String', nanoseconds);
  return sqlFragment`multiIf(SampleUnit = ${ns} AND Period > 0, 'on-cpu',
    SampleType = ${param('String', offCpuSampleType)} AND SampleUnit = ${ns}, 'off-cpu', 'other')`;
}

/**
 * The samples of one type, or without a type, the on-CPU samples: what the explorer counts and
 * a profile shows when no type is asked for.
 */
export function sampleTypeFilter(sampleType: string | undefined): SqlFragment {
  if (sampleType !== undefined) return sqlFragment`SampleType = ${param('String', sampleType)}`;
  return sqlFragment`(SampleUnit = ${param('String', nanoseconds)} AND Period > 0)`;
}

/**
 * The samples of `source` with each off-CPU event weighing only the part of its wait inside
 * [startNs, endNs]: an event is stamped when its thread ran again and weighs the wait before it,
 * [Timestamp − Value, Timestamp]. Other samples keep their Value. What a span's off-CPU time
 * and its off-CPU flame graph both read, so the two agree. Its columns: those the flame graph and
 * the breakdown read (Timestamp, StackId, Value, Period, SampleType, SampleUnit, HostName,
 * ProcessPid, ThreadId).
 */
export function offCpuClipped(source: SqlFragment, startNs: bigint, endNs: bigint): SqlFragment {
  const start = param('Int64', startNs);
  const end = param('Int64', endNs);
  const ts = sqlFragment`toInt64(toUnixTimestamp64Nano(Timestamp))`;
  const clipped = sqlFragment`greatest(0, least(${ts}, ${end}) - greatest(${ts} - Value, ${start}))`;
  return sqlFragment`SELECT Timestamp, StackId, ClippedValue AS Value, Period, SampleType, SampleUnit,
      HostName, ProcessPid, ThreadId
    FROM (SELECT *, if(${sampleKindSql()} = 'off-cpu', toInt64(${clipped}), Value) AS ClippedValue
      FROM (${source}))`;
}
