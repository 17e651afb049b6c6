'use client';

import { useMemo, useState } from 'react';
import type { ConsoleResult } from '@/lib/contract/console-models';
import { isNumericType } from './is-numeric-type';
import { ResultCell } from './result-cell';
import { spanLinkCells } from './span-link-cells';
import { sortRows, type ResultSort } from './sort-rows';

/** Rows drawn at first and per "show more": enough to read, few enough to draw at once. */
const pageSize = 500;

/** The next sort after a click on a column: ascending, descending, then the query's own order. */
function nextSort(current: ResultSort | null, column: number): ResultSort | null {
  if (current?.column !== column) return { column, direction: 'asc' };
  return current.direction === 'asc' ? { column, direction: 'desc' } : null;
}

/**
 * A console result: a sticky header whose columns sort on click (in the browser, over the rows
 * received), column types on hover, long values cut until clicked.
 */
export function ResultTable({ result }: { result: ConsoleResult }) {
  const [sort, setSort] = useState<ResultSort | null>(null);
  const [shown, setShown] = useState(pageSize);
  const { columns } = result;
  const linkOf = useMemo(() => spanLinkCells(columns), [columns]);
  const rows = useMemo(
    () => (sort ? sortRows(result.rows, columns[sort.column]?.type ?? '', sort) : result.rows),
    [result.rows, columns, sort],
  );
  return (
    <>
      <table className="data-table sql-result-table">
        <thead>
          <tr>
            {columns.map((c, i) => {
              const direction = sort?.column === i ? sort.direction : undefined;
              return (
                <th
                  key={i}
                  data-column={c.name}
                  className={isNumericType(c.type) ? 'num' : undefined}
                  aria-sort={
                    direction === 'asc' ? 'ascending' : direction === 'desc' ? 'descending' : 'none'
                  }
                >
                  <button
                    type="button"
                    className="sql-sort"
                    title={`${c.type} · click to sort`}
                    onClick={() => {
                      setSort(nextSort(sort, i));
                    }}
                  >
                    {c.name}
                    <span className="sql-sort-mark" aria-hidden="true">
                      {direction === 'asc' ? '▲' : direction === 'desc' ? '▼' : ''}
                    </span>
                  </button>
                </th>
              );
            })}
          </tr>
        </thead>
        {/* Keyed by the sort, so values expanded in one order do not stay open in another. */}
        <tbody key={sort ? `${sort.column}-${sort.direction}` : 'query'}>
          {rows.slice(0, shown).map((row, r) => (
            <tr key={r}>
              {columns.map((c, i) => (
                <ResultCell
                  key={i}
                  value={row[i]}
                  numeric={isNumericType(c.type)}
                  href={linkOf(row, i)}
                />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length > shown ? (
        <div className="sql-more">
          <button
            type="button"
            className="btn"
            onClick={() => {
              setShown(shown + pageSize);
            }}
          >
            Show {Math.min(pageSize, rows.length - shown)} more of {rows.length - shown} rows
          </button>
        </div>
      ) : null}
    </>
  );
}
