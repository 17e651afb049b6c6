import type { ClickHouseClient } from '@clickhouse/client';
import { columnTypeDifferences, type ColumnType } from '../rows/row-binary-table';
import { param, sql } from '@/lib/clickhouse/sql';

/** A binary encoder's columns do not match the table in the store. */
export class ColumnTypesMismatchError extends Error {
  constructor(
    readonly table: string,
    readonly differences: readonly string[],
  ) {
    super(
      `${table}: the binary row encoder does not match the table in the store, refusing to start ` +
        `(update ingest/rows for the schema change): ${differences.join('; ')}`,
    );
    this.name = 'ColumnTypesMismatchError';
  }
}

/** The columns an INSERT takes (no ALIAS, MATERIALIZED or EPHEMERAL ones), as the store has them. */
export async function storedColumnTypes(
  client: ClickHouseClient,
  table: string,
): Promise<ColumnType[]> {
  const rs = await client.query({
    ...sql`SELECT name, type FROM system.columns
           WHERE database = currentDatabase() AND table = ${param('String', table)}
             AND default_kind NOT IN ('ALIAS', 'MATERIALIZED', 'EPHEMERAL')
           ORDER BY position`,
    format: 'JSONEachRow',
  });
  return rs.json<ColumnType>();
}

/** Throws ColumnTypesMismatchError unless `declared` names and types the table's columns. */
export async function checkColumnTypes(
  client: ClickHouseClient,
  table: string,
  declared: readonly ColumnType[],
): Promise<void> {
  const differences = columnTypeDifferences(
    table,
    declared,
    await storedColumnTypes(client, table),
  );
  if (differences.length > 0) throw new ColumnTypesMismatchError(table, differences);
}
