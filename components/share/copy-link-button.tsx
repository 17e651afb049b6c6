'use client';

import { useSearchParams } from 'next/navigation';
import { useEffect, useRef, useState } from 'react';

/**
 * Copies the page's URL, which holds the whole view. Where the Clipboard API is missing or
 * refused (plain http on a LAN address), the link is shown selected in a field to copy by hand.
 */
export function CopyLinkButton() {
  const [copiedLink, setShown] = useState<{ url: string; copied: boolean; view: string } | null>(
    null,
  );
  const fieldRef = useRef<HTMLInputElement>(null);
  const view = useSearchParams().toString();
  // A copied link goes stale once the view changes.
  const shown = copiedLink?.view === view ? copiedLink : null;

  useEffect(() => {
    if (shown) fieldRef.current?.select();
  }, [shown]);

  const copy = async (): Promise<void> => {
    const url = window.location.href;
    try {
      await navigator.clipboard.writeText(url);
      setShown({ url, copied: true, view });
    } catch {
      setShown({ url, copied: false, view });
    }
  };

  return (
    <div className="copy-link">
      <button type="button" className="btn btn-primary" onClick={() => void copy()}>
        Copy link
      </button>
      {shown ? (
        <div className="copy-link-popover" role="status">
          <span className="copy-link-note">
            {shown.copied ? 'Link copied to the clipboard' : 'Press Ctrl+C (⌘C) to copy the link'}
          </span>
          <input
            ref={fieldRef}
            className="input mono"
            readOnly
            value={shown.url}
            aria-label="Link to this view"
            onFocus={(e) => {
              e.currentTarget.select();
            }}
          />
          <button
            type="button"
            className="btn btn-quiet"
            aria-label="Close"
            onClick={() => {
              setShown(null);
            }}
          >
            ×
          </button>
        </div>
      ) : null}
    </div>
  );
}
