import Link from 'next/link';
import { sqlConsoleHref } from '../url/sql-console-state';
import { dedentSql } from './dedent-sql';

/**
 * "Show SQL": opens the query behind a panel (as the API ran it, parameters inlined) in the SQL
 * console. Renders nothing when the API sent no query. Not prefetched: the link holds the whole
 * query, and the console runs it only when opened.
 */
export function ShowSqlLink({ sql }: { sql: string | undefined }) {
  if (!sql) return null;
  return (
    <Link
      prefetch={false}
      className="show-sql"
      href={sqlConsoleHref(dedentSql(sql))}
      title="Open the query behind this panel in the SQL console"
    >
      Show SQL
    </Link>
  );
}
