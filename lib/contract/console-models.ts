import { z } from 'zod';

/** One read-only statement's answer: columns, rows (64-bit integers as strings), and its cost. */
export const consoleResult = z.object({
  columns: z.array(z.object({ name: z.string(), type: z.string() })),
  rows: z.array(z.array(z.unknown())),
  rowCount: z.number(),
  /** A limit cut the result: more rows, rows read, time or bytes than the console allows. */
  truncated: z.boolean(),
  elapsedMs: z.number(),
});
export type ConsoleResult = z.infer<typeof consoleResult>;

/** A column of a table users can query, as ClickHouse describes it. */
export const schemaColumn = z.object({
  name: z.string(),
  /** ClickHouse type, e.g. `LowCardinality(String)`, `DateTime64(9)`. */
  type: z.string(),
  /** The column's COMMENT; '' when it has none. */
  comment: z.string(),
});
export type SchemaColumn = z.infer<typeof schemaColumn>;

export const schemaTable = z.object({
  name: z.string(),
  comment: z.string(),
  columns: z.array(schemaColumn),
});
export type SchemaTable = z.infer<typeof schemaTable>;
