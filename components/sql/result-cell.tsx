'use client';

import Link from 'next/link';
import { useState } from 'react';
import { cellText } from './cell-text';

/** Past this many characters (or with a line break) a value is cut, and a click shows it all. */
const shortLength = 60;

/**
 * One value of a result: NULL marked as such, long text cut until clicked, a trace or span id a
 * link to its span view (`href`).
 */
export function ResultCell({
  value,
  numeric,
  href,
}: {
  value: unknown;
  numeric: boolean;
  href?: string | undefined;
}) {
  const [expanded, setExpanded] = useState(false);
  if (value === null || value === undefined) {
    return <td className="sql-null">NULL</td>;
  }
  const text = cellText(value);
  if (href) {
    return (
      <td className="mono">
        <Link href={href} prefetch={false} title="Open in the span view">
          {text}
        </Link>
      </td>
    );
  }
  const long = text.length > shortLength || text.includes('\n');
  if (!long) return <td className={numeric ? 'num' : undefined}>{text}</td>;
  return (
    <td className={expanded ? 'sql-cell-long sql-cell-expanded' : 'sql-cell-long'}>
      <button
        type="button"
        className="sql-cell-toggle"
        aria-expanded={expanded}
        title={expanded ? 'Click to shorten' : 'Click to show the whole value'}
        onClick={() => {
          setExpanded(!expanded);
        }}
      >
        {expanded ? text : `${text.slice(0, shortLength).replace(/\n[\s\S]*$/, '')}…`}
      </button>
    </td>
  );
}
