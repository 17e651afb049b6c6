/**
 * What one console query may use. Set by ClickHouse itself in the sandbox session (readonly last,
 * so nothing after it, the user's SETTINGS clause included, can raise them).
 */
export interface ConsoleLimits {
  /** Rows shown; one more is fetched to know whether there were more. */
  maxResultRows: number;
  maxExecutionSeconds: number;
  maxRowsToRead: number;
  maxResultBytes: number;
  maxMemoryBytes: number;
}

export const consoleLimits: ConsoleLimits = {
  maxResultRows: 10_000,
  maxExecutionSeconds: 10,
  maxRowsToRead: 500_000_000,
  maxResultBytes: 64 * 1024 * 1024,
  maxMemoryBytes: 1024 * 1024 * 1024,
};

/** The settings, in the order they must be applied: readonly goes last. */
export function consoleSettings(
  limits: ConsoleLimits,
  { readonly = true }: { readonly?: boolean } = {},
): Record<string, string | number> {
  return {
    max_execution_time: limits.maxExecutionSeconds,
    timeout_overflow_mode: 'break',
    max_rows_to_read: limits.maxRowsToRead,
    read_overflow_mode: 'break',
    max_result_rows: limits.maxResultRows + 1,
    max_result_bytes: limits.maxResultBytes,
    result_overflow_mode: 'break',
    max_memory_usage: limits.maxMemoryBytes,
    output_format_json_quote_64bit_integers: 1,
    // Below ingest: one thread, niced (the engine renices a query's threads while they run it;
    // needs CAP_SYS_NICE, without which it is a no-op), and no temporary files to fill the disk.
    max_threads: 1,
    os_thread_priority: 10,
    max_temporary_data_on_disk_size_for_query: 1,
    // Defence in depth behind the allow-list: the engine's own switch for introspection.
    allow_introspection_functions: 0,
    // 1: SELECT only, and no setting can change afterwards (2 would let a query raise limits).
    ...(readonly ? { readonly: 1 } : {}),
  };
}
