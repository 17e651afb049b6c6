'use client';

import type { ConsoleResult } from '@/lib/contract/console-models';
import { downloadText } from './download-text';
import { resultToCsv } from './result-to-csv';
import { resultToRecords } from './result-to-records';

interface SqlToolbarProps {
  canRun: boolean;
  running: boolean;
  /** The result on screen; undefined while none is (or while the next one runs). */
  result: ConsoleResult | undefined;
  onRun: () => void;
}

/**
 * Run (or Ctrl/⌘+Enter in the editor), the result's size and time, and its downloads. The
 * downloads are built here from the rows on screen, so they hold exactly what the table shows.
 */
export function SqlToolbar({ canRun, running, result, onRun }: SqlToolbarProps) {
  return (
    <div className="sql-toolbar">
      <button
        type="button"
        className="btn btn-primary"
        disabled={!canRun}
        onClick={onRun}
        title="Run the query (Ctrl+Enter, ⌘+Enter on a Mac)"
      >
        Run
      </button>
      <span className="muted small">
        <kbd>Ctrl</kbd>+<kbd>Enter</kbd>
      </span>
      <span className="sql-status" role="status" data-testid="sql-status">
        {running ? (
          <span className="muted">Running…</span>
        ) : result ? (
          <>
            <strong>{result.rowCount.toLocaleString('en-US')}</strong>{' '}
            {result.rowCount === 1 ? 'row' : 'rows'}
            <span className="dot-sep">·</span>
            {result.elapsedMs.toLocaleString('en-US')} ms
          </>
        ) : null}
      </span>
      <span className="control-label">Download</span>
      <button
        type="button"
        className="btn"
        disabled={!result}
        onClick={() => {
          if (result) {
            downloadText(
              'traceprof-query.csv',
              resultToCsv(result.columns, result.rows),
              'text/csv;charset=utf-8',
            );
          }
        }}
      >
        CSV
      </button>
      <button
        type="button"
        className="btn"
        disabled={!result}
        onClick={() => {
          if (result) {
            const records = resultToRecords(result.columns, result.rows);
            downloadText(
              'traceprof-query.json',
              `${JSON.stringify(records, null, 2)}\n`,
              'application/json',
            );
          }
        }}
      >
        JSON
      </button>
    </div>
  );
}
