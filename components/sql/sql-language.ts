import type { Completion, CompletionSource } from '@codemirror/autocomplete';
import { syntaxTree } from '@codemirror/language';
import { sql, type SQLNamespace } from '@codemirror/lang-sql';
import type { Extension } from '@codemirror/state';
import type { SchemaTable, SchemaColumn } from '@/lib/contract/console-models';
import { clickHouseDialect, clickHouseTypeSpelling } from './clickhouse-dialect';

function columnCompletion(table: string, column: SchemaColumn): Completion {
  return {
    label: column.name,
    type: 'property',
    detail: column.type,
    info: column.comment ? `${table}.${column.name}: ${column.comment}` : undefined,
  };
}

/** Tables with their columns, so `FROM pro…` completes a table and `t.` the columns of `t`. */
function schemaNamespace(tables: readonly SchemaTable[]): SQLNamespace {
  return Object.fromEntries(
    tables.map((t) => [
      t.name,
      {
        self: { label: t.name, type: 'type', info: t.comment || undefined },
        children: t.columns.map((c) => columnCompletion(t.name, c)),
      },
    ]),
  );
}

/**
 * Bare column names (`SELECT Dur…`), which the SQL package completes only after `table.`: the
 * columns of the tables the query names, or of every table while it names none.
 */
function bareColumnSource(tables: readonly SchemaTable[]): CompletionSource {
  return (context) => {
    const word = context.matchBefore(/[A-Za-z_]\w*/);
    if (!word && !context.explicit) return null;
    const from = word?.from ?? context.pos;
    if (context.state.sliceDoc(from - 1, from) === '.') return null;
    const node = syntaxTree(context.state).resolveInner(context.pos, -1);
    if (/String|Comment|QuotedIdentifier/.test(node.name)) return null;
    const text = context.state.doc.toString();
    const named = tables.filter((t) => new RegExp(`\\b${t.name}\\b`).test(text));
    const seen = new Map<string, Completion>();
    for (const t of named.length > 0 ? named : tables) {
      for (const c of t.columns)
        if (!seen.has(c.name)) seen.set(c.name, columnCompletion(t.name, c));
    }
    return { from, options: [...seen.values()], validFor: /^\w*$/ };
  };
}

/**
 * ClickHouse SQL for the console's editor: highlighting, upper-case keyword completion (types
 * in ClickHouse's spelling), and, once the schema is known, table and column names.
 */
export function sqlLanguage(tables: readonly SchemaTable[]): Extension {
  return [
    sql({
      dialect: clickHouseDialect,
      schema: schemaNamespace(tables),
      upperCaseKeywords: true,
      keywordCompletion: (label, type) => ({
        label: type === 'type' ? (clickHouseTypeSpelling.get(label.toLowerCase()) ?? label) : label,
        type,
      }),
    }),
    clickHouseDialect.language.data.of({ autocomplete: bareColumnSource(tables) }),
  ];
}
