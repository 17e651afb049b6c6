'use client';

import {
  autocompletion,
  closeBrackets,
  closeBracketsKeymap,
  completionKeymap,
} from '@codemirror/autocomplete';
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { bracketMatching, defaultHighlightStyle, syntaxHighlighting } from '@codemirror/language';
import { Compartment, EditorState, Prec } from '@codemirror/state';
import {
  EditorView,
  drawSelection,
  highlightActiveLine,
  keymap,
  lineNumbers,
  placeholder,
} from '@codemirror/view';
import { useEffect, useImperativeHandle, useRef, type Ref } from 'react';
import type { SchemaTable } from '@/lib/contract/console-models';
import { sqlLanguage } from './sql-language';

/** What the console does to the editor from outside. */
export interface SqlEditorHandle {
  /** Replaces the whole text (an example, the query of a link); a no-op when it is the same. */
  setText(text: string): void;
  /** Types `text` at the cursor, replacing the selection (a column name from the schema). */
  insert(text: string): void;
}

interface SqlEditorProps {
  /** The text the editor starts with; later changes go through the handle. */
  initialText: string;
  /** The store's tables, for completion; [] until they are known. */
  tables: readonly SchemaTable[];
  onChange: (text: string) => void;
  /** Ctrl+Enter (⌘+Enter): run the editor's text. */
  onRun: (text: string) => void;
  ref?: Ref<SqlEditorHandle>;
}

const theme = EditorView.theme({
  '&': { height: '100%', fontSize: '13px', background: 'var(--surface)' },
  '&.cm-focused': { outline: 'none' },
  '.cm-scroller': { fontFamily: 'var(--font-mono)', lineHeight: '1.5' },
  '.cm-gutters': { background: '#f8f9fb', borderRight: '1px solid var(--line-soft)' },
  '.cm-activeLine': { background: '#f5f8fe' },
  '.cm-tooltip-autocomplete ul li[aria-selected]': { background: 'var(--accent)' },
});

/**
 * The one owner of CodeMirror in the console: it creates the view on mount and destroys it on
 * unmount. The document lives in the view (React sees it through onChange); the schema is
 * swapped in through a compartment when it arrives, without rebuilding the editor.
 */
export function SqlEditor({ initialText, tables, onChange, onRun, ref }: SqlEditorProps) {
  const hostRef = useRef<HTMLDivElement>(null);
  const viewRef = useRef<EditorView | null>(null);
  const languageRef = useRef(new Compartment());
  const callbacksRef = useRef({ onChange, onRun });
  const initialRef = useRef(initialText);
  const tablesRef = useRef(tables);

  useEffect(() => {
    callbacksRef.current = { onChange, onRun };
  });

  useEffect(() => {
    const host = hostRef.current;
    if (!host) return undefined;
    const run = (view: EditorView): boolean => {
      callbacksRef.current.onRun(view.state.doc.toString());
      return true;
    };
    const view = new EditorView({
      parent: host,
      state: EditorState.create({
        doc: initialRef.current,
        extensions: [
          lineNumbers(),
          history(),
          drawSelection(),
          highlightActiveLine(),
          bracketMatching(),
          closeBrackets(),
          autocompletion(),
          syntaxHighlighting(defaultHighlightStyle),
          placeholder('SELECT … (Ctrl+Enter runs it)'),
          // Before the default keymap, whose Mod-Enter inserts a blank line.
          Prec.highest(keymap.of([{ key: 'Mod-Enter', run }])),
          keymap.of([
            ...closeBracketsKeymap,
            ...completionKeymap,
            ...historyKeymap,
            ...defaultKeymap,
          ]),
          languageRef.current.of(sqlLanguage(tablesRef.current)),
          EditorView.lineWrapping,
          EditorView.contentAttributes.of({ 'aria-label': 'SQL query' }),
          EditorView.updateListener.of((update) => {
            if (update.docChanged) callbacksRef.current.onChange(update.state.doc.toString());
          }),
          theme,
        ],
      }),
    });
    viewRef.current = view;
    return () => {
      view.destroy();
      viewRef.current = null;
    };
  }, []);

  useEffect(() => {
    tablesRef.current = tables;
    viewRef.current?.dispatch({ effects: languageRef.current.reconfigure(sqlLanguage(tables)) });
  }, [tables]);

  useImperativeHandle(
    ref,
    () => ({
      setText(text) {
        const view = viewRef.current;
        if (!view) {
          initialRef.current = text;
          return;
        }
        if (view.state.doc.toString() === text) return;
        view.dispatch({
          changes: { from: 0, to: view.state.doc.length, insert: text },
          selection: { anchor: text.length },
        });
      },
      insert(text) {
        const view = viewRef.current;
        if (!view) return;
        view.dispatch(view.state.replaceSelection(text));
        view.focus();
      },
    }),
    [],
  );

  return <div ref={hostRef} className="sql-editor" data-testid="sql-editor" />;
}
