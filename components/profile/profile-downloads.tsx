'use client';

import { useEffect, useRef, useState } from 'react';
import type { CorrelationTier, ProfileScope } from '@/lib/correlation/correlation-tier';
import { spanApiPath } from '../queries/span-api-path';
import { sliceApiParams, type SpanProfileInput } from '../queries/span-profile-query';

const formats = [
  { format: 'pprof', label: 'pprof', help: 'gzipped profile.proto: go tool pprof, Pyroscope' },
  { format: 'speedscope', label: 'speedscope', help: 'speedscope JSON: open it in speedscope' },
  {
    format: 'collapsed',
    label: 'Collapsed stacks',
    help: 'one "root;…;leaf weight" line a stack: flamegraph.pl',
  },
] as const;

interface ProfileDownloadsProps {
  traceId: string;
  spanId: string;
  scope: ProfileScope;
  /** The tier the flame graph shows; undefined while none has samples (nothing to download). */
  tier: CorrelationTier | undefined;
  /** The sample type on screen. */
  sampleType: string | undefined;
  /** The slice of the span the flame graph is cut to, if any. */
  slice?: SpanProfileInput['slice'];
}

/**
 * "Download": the flame graph's samples as a file, for the scope, tier and slice on screen (the
 * API answers each as an attachment). A disclosure menu: a click outside or Escape closes it.
 */
export function ProfileDownloads({
  traceId,
  spanId,
  scope,
  tier,
  sampleType,
  slice,
}: ProfileDownloadsProps) {
  const [open, setOpen] = useState(false);
  const boxRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return undefined;
    const onPointer = (e: PointerEvent): void => {
      if (!(e.target instanceof Node && boxRef.current?.contains(e.target))) setOpen(false);
    };
    const onKey = (e: KeyboardEvent): void => {
      if (e.key === 'Escape') setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('pointerdown', onPointer);
      document.removeEventListener('keydown', onKey);
    };
  }, [open]);
  const path = spanApiPath(traceId, spanId, 'profile');
  return (
    <div className="menu" ref={boxRef}>
      <button
        type="button"
        className="btn"
        aria-expanded={open}
        disabled={!tier}
        title={tier ? 'Download these samples as a file' : 'No samples to download'}
        onClick={() => {
          setOpen(!open);
        }}
      >
        Download ▾
      </button>
      {tier ? (
        // Hidden, not removed, when closed: a link taken out of the page by its own click would
        // not start the download.
        <ul className="menu-list" aria-label="Download the profile as" hidden={!open}>
          {formats.map(({ format, label, help }) => (
            <li key={format}>
              <a
                href={`${path}?${new URLSearchParams({ format, scope, tier, sampleType: sampleType ?? '', ...sliceApiParams(slice) }).toString()}`}
                download
                data-format={format}
                onClick={() => {
                  setOpen(false);
                }}
              >
                <span className="menu-item-label">{label}</span>
                <span className="menu-item-help">{help}</span>
              </a>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
