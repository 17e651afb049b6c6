/**
 * The largest ELF file traceprof reads symbols from, uploaded or local: big enough for a large
 * binary with its debug information (a Node.js executable with debug info is about 100 MiB),
 * small enough that one file in memory cannot exhaust the server.
 */
export const maxSymbolFileBytes = 512 * 1024 * 1024;
