import type { EncodedRows, InsertTarget } from '@/lib/clickhouse/insert-raw';
import { valueWriter, type ValueWriter } from './row-binary-types';
import { RowBinaryWriter } from './row-binary-writer';

/** A column as system.columns names and types it. */
export interface ColumnType {
  name: string;
  type: string;
}

/**
 * Encodes rows of one table as RowBinary, columns in the declared order (the order of the row
 * arrays the row builders make). The declared types are checked against the store's DDL with
 * checkColumnTypes before the encoder is used, so a schema change cannot shift bytes into the
 * wrong column unnoticed.
 */
export class RowBinaryTable {
  readonly columnNames: readonly string[];
  /** Where the encoded rows go: the table, its columns in this order, as RowBinary. */
  readonly target: InsertTarget;
  private readonly writers: readonly ValueWriter[];

  constructor(
    readonly table: string,
    readonly columns: readonly ColumnType[],
  ) {
    this.columnNames = columns.map((c) => c.name);
    this.target = {
      table,
      columns: this.columnNames,
      format: 'RowBinary',
      structure: fileStructure(columns),
    };
    this.writers = columns.map((c) => valueWriter(c.type, `${table}.${c.name}`));
  }

  /** Appends rows (each an array of values in column order) to `w`. */
  writeRows(w: RowBinaryWriter, rows: readonly (readonly unknown[])[]): void {
    const writers = this.writers;
    const n = writers.length;
    for (const row of rows) {
      if (row.length !== n)
        throw new Error(`${this.table}: a row has ${row.length} values for ${n} columns`);
      for (let i = 0; i < n; i++) (writers[i] as ValueWriter)(w, row[i]);
    }
  }

  /** The header of RowBinaryWithNamesAndTypes: the engine then checks names and types itself. */
  writeHeader(w: RowBinaryWriter): void {
    w.varUInt(this.columns.length);
    for (const c of this.columns) w.string(c.name);
    for (const c of this.columns) w.string(c.type);
  }

  encode(rows: readonly (readonly unknown[])[]): Buffer {
    const w = new RowBinaryWriter();
    this.writeRows(w, rows);
    return w.bytes();
  }

  /** The rows as one payload for a writer of `target`. */
  encodeRows(rows: readonly (readonly unknown[])[]): EncodedRows {
    return { rows: rows.length, payload: this.encode(rows) };
  }
}

/**
 * The columns as the engine reads the payload from a file: LowCardinality(T) as T, which RowBinary
 * carries alike and the engine parses faster (bench/insert-format-bench.ts: 1.2× for sample hits,
 * 1.6× for spans); the insert then converts. Names and types are our own declarations, never
 * input, and hold no quote.
 */
function fileStructure(columns: readonly ColumnType[]): string {
  return columns
    .map((c) => {
      if (/[`'\\]/.test(c.name + c.type)) throw new Error(`unexpected column ${c.name} ${c.type}`);
      return `\`${c.name}\` ${c.type.replaceAll(/LowCardinality\((\w+)\)/g, '$1')}`;
    })
    .join(', ');
}

/**
 * Compares declared columns with what the store has (system.columns of the table, without ALIAS/MATERIALIZED/EPHEMERAL columns that an insert does not take). Returns the
 * differences as readable lines; empty when they agree. Order does not matter: inserts name
 * their columns.
 */
export function columnTypeDifferences(
  table: string,
  declared: readonly ColumnType[],
  stored: readonly ColumnType[],
): string[] {
  const out: string[] = [];
  const storedByName = new Map(stored.map((c) => [c.name, c.type]));
  const declaredNames = new Set(declared.map((c) => c.name));
  for (const c of declared) {
    const type = storedByName.get(c.name);
    if (type === undefined) out.push(`${table}.${c.name} (${c.type}) is not in the store`);
    else if (type !== c.type)
      out.push(`${table}.${c.name} is ${type} in the store, encoded as ${c.type}`);
  }
  for (const c of stored) {
    if (!declaredNames.has(c.name))
      out.push(`${table}.${c.name} (${c.type}) is in the store but not encoded`);
  }
  return out;
}
