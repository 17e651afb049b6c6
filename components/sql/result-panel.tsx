'use client';

import type { UseQueryResult } from '@tanstack/react-query';
import type { ConsoleResult } from '@/lib/contract/console-models';
import { ApiError } from '../queries/api-error';
import { MessagePanel } from '../feedback/message-panel';
import { ResultTable } from './result-table';

interface ResultPanelProps {
  /** The query in the URL; '' before anything ran. */
  query: string;
  /** The user ran `query` on this page; a query that only came with the link has not run. */
  confirmed: boolean;
  result: UseQueryResult<ConsoleResult>;
}

/** What the last run gave: rows, a refusal in the API's words, or how to start. */
export function ResultPanel({ query, confirmed, result }: ResultPanelProps) {
  let body;
  if (query.trim() !== '' && !confirmed && !result.data && !result.isError) {
    body = (
      <MessagePanel tone="info" title="This link holds a query">
        <p data-testid="sql-link-pending">
          Read it above, then press <strong>Run</strong> (<kbd>Ctrl</kbd>+<kbd>Enter</kbd>) to run
          it. The console never runs a query only because a link was opened.
        </p>
      </MessagePanel>
    );
  } else if (query.trim() === '') {
    body = (
      <MessagePanel tone="info" title="Ask the store anything">
        <p>
          Write a query above and press <strong>Run</strong> (<kbd>Ctrl</kbd>+<kbd>Enter</kbd>), or
          pick an example on the left. Queries run read-only, one statement at a time, with limits
          on time, rows read and memory.
        </p>
      </MessagePanel>
    );
  } else if (result.isError) {
    const refused = result.error instanceof ApiError && result.error.status < 500;
    body = (
      <MessagePanel tone="error" title={refused ? 'The query was refused' : 'The query failed'}>
        <pre className="sql-error" data-testid="sql-error">
          {result.error.message}
        </pre>
      </MessagePanel>
    );
  } else if (result.data) {
    const { data } = result;
    body = (
      <>
        {data.truncated ? (
          <p className="sql-truncated" role="status">
            Truncated: only the first {data.rowCount.toLocaleString('en-US')} rows are shown, as a
            limit of the console cut the result. Add a <code>LIMIT</code>, a <code>WHERE</code> or
            an aggregation to see the rest.
          </p>
        ) : null}
        <div
          className={`panel-scroll${result.isPlaceholderData ? ' sql-stale' : ''}`}
          aria-busy={result.isFetching}
        >
          {/* Keyed by the run, so sorting and expanded values start afresh with each result. */}
          <ResultTable key={result.dataUpdatedAt} result={data} />
          {data.rowCount === 0 ? <p className="sql-no-rows muted">No rows.</p> : null}
        </div>
      </>
    );
  } else {
    body = <div className="loading-block">Running the query…</div>;
  }
  return (
    <section className="panel sql-results-panel" aria-label="Results">
      {body}
    </section>
  );
}
