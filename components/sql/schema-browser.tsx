'use client';

import { useQuery } from '@tanstack/react-query';
import { schemaQuery } from '../queries/schema-query';

/** The tables users can query and their columns; a click on a column types its name. */
export function SchemaBrowser({ onInsert }: { onInsert: (text: string) => void }) {
  const schema = useQuery(schemaQuery());
  if (schema.isPending) return <p className="muted small sql-side-note">Loading the schema…</p>;
  if (schema.isError) {
    return (
      <p className="error-text small sql-side-note">Schema unavailable: {schema.error.message}</p>
    );
  }
  return (
    <ul className="schema-tables" aria-label="Tables">
      {schema.data.tables.map((table) => (
        <li key={table.name}>
          <details className="schema-table" data-table={table.name}>
            <summary title={table.comment}>
              <span className="mono schema-table-name">{table.name}</span>
              <span className="schema-count">{table.columns.length}</span>
            </summary>
            {table.comment ? <p className="schema-comment">{table.comment}</p> : null}
            <ul className="schema-columns">
              {table.columns.map((column) => (
                <li key={column.name}>
                  <button
                    type="button"
                    className="schema-column"
                    data-column={column.name}
                    title={`Insert ${column.name}${column.comment ? `\n${column.comment}` : ''}`}
                    onClick={() => {
                      onInsert(column.name);
                    }}
                  >
                    <span className="schema-column-line">
                      <span className="mono schema-column-name">{column.name}</span>
                      <span className="mono schema-column-type">{column.type}</span>
                    </span>
                    {column.comment ? (
                      <span className="schema-column-comment">{column.comment}</span>
                    ) : null}
                  </button>
                </li>
              ))}
            </ul>
          </details>
        </li>
      ))}
    </ul>
  );
}
