'use client';

import { DebouncedInput } from '../form/debounced-input';

interface FunctionSearchFieldProps {
  /** The committed `fn=` of the URL. */
  value: string;
  onCommit: (fn: string) => void;
}

/** The reverse lookup's field: a function name (part of one) whose spans the explorer lists. */
export function FunctionSearchField({ value, onCommit }: FunctionSearchFieldProps) {
  return (
    <section className="function-search" aria-label="Spans that ran a function">
      <label className="field">
        <span className="field-label">Spans that ran a function</span>
        <DebouncedInput
          type="search"
          name="fn"
          className="input"
          placeholder="function name, e.g. json"
          spellCheck={false}
          autoComplete="off"
          value={value}
          onCommit={(fn) => {
            onCommit(fn.trim());
          }}
        />
        <span className="field-hint">
          Lists the slowest spans whose profile samples contain it, in this time range and service.
        </span>
      </label>
    </section>
  );
}
