'use client';

import { useEffect, useRef, useState, type InputHTMLAttributes } from 'react';

type InputProps = Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'value' | 'defaultValue' | 'onChange'
>;

interface DebouncedInputProps extends InputProps {
  /** The committed value (from the URL). */
  value: string;
  /** Called once typing pauses for `delayMs`, or at once on Enter. */
  onCommit: (value: string) => void;
  delayMs?: number;
}

/**
 * A text field whose value lives in the URL: typing stays local until it pauses, so each
 * keystroke is not a history entry or a query. A change of `value` from outside (a link, "clear
 * filters") replaces what is typed.
 */
export function DebouncedInput({ value, onCommit, delayMs = 350, ...rest }: DebouncedInputProps) {
  const [draft, setDraft] = useState(value);
  const [committed, setCommitted] = useState(value);
  if (value !== committed) {
    setCommitted(value);
    setDraft(value);
  }
  const commitRef = useRef(onCommit);
  useEffect(() => {
    commitRef.current = onCommit;
  });
  useEffect(() => {
    if (draft === value) return undefined;
    const timer = setTimeout(() => {
      commitRef.current(draft);
    }, delayMs);
    return () => {
      clearTimeout(timer);
    };
  }, [draft, value, delayMs]);
  return (
    <input
      {...rest}
      value={draft}
      onChange={(e) => {
        setDraft(e.target.value);
      }}
      onKeyDown={(e) => {
        if (e.key === 'Enter' && draft !== value) commitRef.current(draft);
      }}
    />
  );
}
