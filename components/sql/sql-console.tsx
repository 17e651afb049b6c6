'use client';

import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { schemaQuery } from '../queries/schema-query';
import { sqlQuery } from '../queries/sql-query';
import { sqlTextFromParams, sqlTextPatch } from '../url/sql-console-state';
import { useUrlParams } from '../url/use-url-params';
import { ExampleList } from './example-list';
import type { ExampleQuery } from './example-queries';
import { ResultPanel } from './result-panel';
import { SchemaBrowser } from './schema-browser';
import { SqlEditor, type SqlEditorHandle } from './sql-editor';
import { SqlToolbar } from './sql-toolbar';

const noTables: [] = [];

/**
 * The SQL console: examples and schema on the left, the editor and its result on the right. The
 * URL's `q` is the query of the view, so a link opens it in the editor; it runs only when the user
 * presses Run on this page, never because a link was opened (a link can come from anyone). Run
 * puts the editor's text in the URL, or runs it again when it is already there.
 */
export function SqlConsole() {
  const { params, update } = useUrlParams();
  const q = sqlTextFromParams(params);
  const schema = useQuery(schemaQuery());
  // Texts the user ran on this page; only those run (Back and Forward show their results again).
  const [ran, setRan] = useState<ReadonlySet<string>>(() => new Set());
  const confirmed = ran.has(q);
  const result = useQuery({
    ...sqlQuery(q),
    enabled: q.trim() !== '' && confirmed,
    // While the next query runs, the last result stays (dimmed) rather than blinking away.
    placeholderData: keepPreviousData,
  });
  const editorRef = useRef<SqlEditorHandle>(null);
  const [draft, setDraft] = useState(q);

  // A query from outside (Back, Forward, a link) replaces what is in the editor.
  useEffect(() => {
    editorRef.current?.setText(q);
  }, [q]);

  const queryClient = useQueryClient();
  const { refetch } = result;
  // The editor reads its callbacks through a ref, so `run` need not keep its identity.
  const run = (text: string): void => {
    if (text.trim() === '') return;
    const wasRun = ran.has(text);
    setRan((before) => (wasRun ? before : new Set(before).add(text)));
    if (text === q && wasRun) {
      void refetch();
      return;
    }
    // Run means run: a result cached from an earlier run of the same text is not the answer.
    void queryClient.invalidateQueries({
      queryKey: sqlQuery(text).queryKey,
      exact: true,
      refetchType: 'none',
    });
    if (text !== q) update(sqlTextPatch(text));
  };
  const pick = (example: ExampleQuery): void => {
    editorRef.current?.setText(example.sql);
    run(example.sql);
  };

  return (
    <div className="sql-console">
      <aside className="panel sql-sidebar" aria-label="Examples and schema">
        <section className="sql-side-section" aria-labelledby="sql-examples-title">
          <h2 id="sql-examples-title" className="side-title">
            Examples
          </h2>
          <ExampleList onPick={pick} />
        </section>
        <section className="sql-side-section sql-schema" aria-labelledby="sql-schema-title">
          <h2 id="sql-schema-title" className="side-title">
            Schema <span className="side-hint">click a column to insert it</span>
          </h2>
          <SchemaBrowser
            onInsert={(name) => {
              editorRef.current?.insert(name);
            }}
          />
        </section>
      </aside>
      <main className="sql-main">
        <section className="panel sql-editor-panel" aria-label="Query">
          <SqlEditor
            ref={editorRef}
            initialText={q}
            tables={schema.data?.tables ?? noTables}
            onChange={setDraft}
            onRun={run}
          />
          <SqlToolbar
            canRun={draft.trim() !== ''}
            running={result.isFetching}
            result={result.isPlaceholderData ? undefined : result.data}
            onRun={() => {
              run(draft);
            }}
          />
        </section>
        <ResultPanel query={q} confirmed={confirmed} result={result} />
      </main>
    </div>
  );
}
