'use client';

// Over 300 lines as one unit: the strip's drawing, pointer drag and keyboard slice share one selection state (layout is in thread-strip-layout.ts).

import { useQuery } from '@tanstack/react-query';
import {
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type PointerEvent as ReactPointerEvent,
} from 'react';
import type { SampleKind } from '@/lib/correlation/sample-kinds';
import type { CorrelationTier, ScopeRequest } from '@/lib/correlation/correlation-tier';
import type { TraceSpan } from '@/lib/contract/span-models';
import type { ThreadLane } from '@/lib/contract/timeline-models';
import { formatDuration } from '../format/format-duration';
import { useElementSize } from '../layout/use-element-size';
import { spanTimelineQuery } from '../queries/span-timeline-query';
import { useServiceColor } from '../trace/service-color';
import type { SpanViewSlice } from '../url/span-view-url';
import {
  clamp01,
  keyStep,
  kindsByType,
  laneMarks,
  placeChildren,
  sliceBetween,
  stripGeometry as g,
} from './thread-strip-layout';
import styles from './thread-strip.module.css';

interface ThreadStripProps {
  traceId: string;
  span: TraceSpan;
  /** The profile's scope and tier, so the lanes hold the flame graph's samples. */
  scope: ScopeRequest;
  tier: CorrelationTier | undefined;
  slice: SpanViewSlice | undefined;
  /** A slice chosen (push: by the mouse, replace: step by step from the keyboard), or cleared. */
  onSlice: (slice: SpanViewSlice | undefined, mode: 'push' | 'replace') => void;
}

/** How each kind of sample is drawn and named in the legend. */
const kindStyle: Record<SampleKind, { label: string; className: string }> = {
  'on-cpu': { label: 'On-CPU sample', className: styles.onCpu ?? '' },
  'off-cpu': { label: 'Off-CPU event', className: styles.offCpu ?? '' },
  other: { label: 'Other sample', className: styles.other ?? '' },
};

/** SVG path of one mark per position: a bar on-CPU, a diamond off-CPU, a dot otherwise. */
function marksPath(kind: SampleKind, xs: readonly number[], midY: number): string {
  return xs
    .map((x) => {
      const px = x.toFixed(1);
      if (kind === 'on-cpu') return `M${(x - 1).toFixed(1)} ${midY - 6}h2.5v12h-2.5Z`;
      if (kind === 'off-cpu') return `M${px} ${midY - 5}l4.5 5l-4.5 5l-4.5 -5Z`;
      return `M${px} ${midY - 2}a2 2 0 1 0 0.01 0Z`;
    })
    .join('');
}

/** Thread name and id; with lanes of several processes, the id is pid/tid. */
function laneLabel(lane: ThreadLane, withPid: boolean): string {
  const name = lane.threadName || 'thread';
  if (lane.threadId === 0) return lane.threadName || 'thread unknown';
  return `${name} · ${withPid ? `${lane.pid}/` : ''}${lane.threadId}`;
}

function Legend({ kinds }: { kinds: readonly SampleKind[] }) {
  return (
    <ul className={styles.legend} aria-label="Sample kinds">
      {kinds.map((kind) => (
        <li key={kind}>
          <svg width="12" height="14" aria-hidden="true" className={kindStyle[kind].className}>
            <path d={marksPath(kind, [6], 7)} />
          </svg>
          {kindStyle[kind].label}
        </li>
      ))}
    </ul>
  );
}

/**
 * The span's time from left to right: its direct children as bars, then one lane per thread
 * that ran for it with a mark per sample (on-CPU bars, off-CPU diamonds). Dragging, or
 * Shift+arrows from the keyboard, selects a slice of time that the flame graph is cut to.
 */
export function ThreadStrip({ traceId, span, scope, tier, slice, onSlice }: ThreadStripProps) {
  const timeline = useQuery(spanTimelineQuery({ traceId, spanId: span.spanId, scope, tier }));
  const boxRef = useRef<HTMLDivElement>(null);
  const { width } = useElementSize(boxRef);
  const serviceColor = useServiceColor();
  const [drag, setDrag] = useState<{ a: number; b: number } | null>(null);
  const [cursor, setCursor] = useState<number | null>(null);
  const anchorRef = useRef<number | null>(null);
  const durationNs = Number(span.durationNs);
  const plotWidth = Math.max(width - g.labelWidth - 8, 1);
  const xOf = (f: number) => g.labelWidth + f * plotWidth;

  const data = timeline.data;
  const kinds = useMemo(() => kindsByType(data?.sampleTypes ?? []), [data]);
  const children = useMemo(
    () => placeChildren(data?.children ?? [], durationNs),
    [data, durationNs],
  );
  const lanes = data?.threads ?? [];
  const withPid = new Set(lanes.map((l) => `${l.hostName}/${l.pid}`)).size > 1;
  const shownKinds = [...new Set(data?.sampleTypes.map((t) => t.kind) ?? [])];
  const sliceFrac = slice
    ? { a: slice.fromNs / durationNs, b: slice.toNs / durationNs }
    : undefined;

  const fractionAt = (e: ReactPointerEvent<SVGSVGElement>): number => {
    const left = e.currentTarget.getBoundingClientRect().left;
    return clamp01((e.clientX - left - g.labelWidth) / plotWidth);
  };
  const onPointerDown = (e: ReactPointerEvent<SVGSVGElement>): void => {
    if (e.button !== 0) return;
    const left = e.currentTarget.getBoundingClientRect().left;
    if (e.clientX - left < g.labelWidth) return;
    e.currentTarget.setPointerCapture(e.pointerId);
    const f = fractionAt(e);
    setDrag({ a: f, b: f });
  };
  const onPointerMove = (e: ReactPointerEvent<SVGSVGElement>): void => {
    if (drag) setDrag({ a: drag.a, b: fractionAt(e) });
  };
  const onPointerUp = (e: ReactPointerEvent<SVGSVGElement>): void => {
    if (!drag) return;
    const b = fractionAt(e);
    setDrag(null);
    // A click, not a drag: nothing to select.
    if (Math.abs(b - drag.a) * plotWidth < 3) return;
    onSlice(sliceBetween(drag.a, b, durationNs), 'push');
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>): void => {
    const here = cursor ?? sliceFrac?.b ?? 0;
    let next: number | undefined;
    if (e.key === 'ArrowLeft') next = here - keyStep;
    else if (e.key === 'ArrowRight') next = here + keyStep;
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = 1;
    else if (e.key === 'Escape' && slice) {
      e.preventDefault();
      onSlice(undefined, 'push');
      return;
    }
    if (next === undefined) return;
    e.preventDefault();
    next = clamp01(next);
    if (e.shiftKey) {
      anchorRef.current ??= cursor ?? sliceFrac?.a ?? here;
      if (next !== anchorRef.current) {
        onSlice(sliceBetween(anchorRef.current, next, durationNs), 'replace');
      }
    } else {
      anchorRef.current = null;
    }
    setCursor(next);
  };

  const sliceText = slice
    ? `Flame graph of ${formatDuration(slice.fromNs)} – ${formatDuration(slice.toNs)} of the span`
    : 'Flame graph of the whole span';
  const sampleCount = lanes.reduce((n, l) => n + l.sampleCount, 0);

  let body;
  if (timeline.isPending) body = <p className={styles.note}>Loading the threads…</p>;
  else if (timeline.isError) {
    body = (
      <p className={styles.note} role="alert">
        Could not load the threads: {timeline.error.message}
      </p>
    );
  } else if (lanes.length === 0) {
    body = <p className={styles.note}>No thread has samples for this span under this tier.</p>;
  } else {
    const childTop = g.axisHeight;
    const lanesTop = childTop + children.rows * g.childRowHeight + (children.rows > 0 ? 4 : 0);
    const height = lanesTop + lanes.length * g.laneHeight + 2;
    const band = drag ?? sliceFrac;
    body = (
      <div
        className={styles.plot}
        tabIndex={0}
        role="group"
        aria-label={`Threads of ${span.name} over its ${formatDuration(durationNs)}: drag, or Shift+Left/Right, to select a slice of time for the flame graph; Escape clears it.`}
        data-testid="thread-strip-plot"
        onKeyDown={onKeyDown}
        onBlur={() => {
          setCursor(null);
          anchorRef.current = null;
        }}
      >
        {width > 0 ? (
          <svg
            width={width}
            height={height}
            className={styles.svg}
            onPointerDown={onPointerDown}
            onPointerMove={onPointerMove}
            onPointerUp={onPointerUp}
            onPointerCancel={() => {
              setDrag(null);
            }}
          >
            {[0, 0.25, 0.5, 0.75, 1].map((f) => (
              <g key={f} className={styles.tick}>
                <line x1={xOf(f)} x2={xOf(f)} y1={g.axisHeight - 3} y2={height} />
                <text
                  x={xOf(f)}
                  y={g.axisHeight - 5}
                  textAnchor={f === 0 ? 'start' : f === 1 ? 'end' : 'middle'}
                >
                  {formatDuration(f * durationNs)}
                </text>
              </g>
            ))}
            {children.rows > 0 ? (
              <text className={styles.rowLabel} x={4} y={childTop + g.childRowHeight - 3}>
                {data?.children.length === 1
                  ? '1 child span'
                  : `${data?.children.length} child spans`}
              </text>
            ) : null}
            {children.placed.map(({ child, row, from, to }) => {
              const x = xOf(from);
              const w = Math.max((to - from) * plotWidth, 1);
              const y = childTop + row * g.childRowHeight;
              return (
                <g key={child.spanId} className={styles.child} data-child-span={child.spanId}>
                  <title>{`${child.name} (${child.service}): ${formatDuration(child.durationNs)} from ${formatDuration(child.offsetNs)}`}</title>
                  <rect
                    x={x}
                    y={y + 1}
                    width={w}
                    height={g.childRowHeight - 2}
                    rx={2}
                    style={{
                      fill: serviceColor(child.service),
                      stroke: serviceColor(child.service),
                    }}
                  />
                  {w > 36 ? (
                    <text x={x + 3} y={y + g.childRowHeight - 3} className={styles.childLabel}>
                      {child.name.length * 6 > w - 6
                        ? `${child.name.slice(0, Math.max(1, Math.floor((w - 12) / 6)))}…`
                        : child.name}
                    </text>
                  ) : null}
                </g>
              );
            })}
            {lanes.map((lane, i) => {
              const y = lanesTop + i * g.laneHeight;
              const mid = y + g.laneHeight / 2;
              const marks = laneMarks(lane, kinds, durationNs);
              const label = laneLabel(lane, withPid);
              return (
                <g
                  key={`${lane.hostName}/${lane.pid}/${lane.threadId}`}
                  data-lane={lane.threadId}
                  data-on-cpu={marks['on-cpu'].length}
                  data-off-cpu={marks['off-cpu'].length}
                  className={styles.lane}
                >
                  <title>{`${label}, pid ${lane.pid}${lane.hostName ? ` on ${lane.hostName}` : ''}: ${lane.sampleCount} samples`}</title>
                  <rect
                    x={0}
                    y={y}
                    width={width}
                    height={g.laneHeight}
                    className={i % 2 === 0 ? styles.laneBg : styles.laneBgAlt}
                  />
                  <text x={4} y={mid + 4} className={styles.laneLabel}>
                    {label.length > 22 ? `${label.slice(0, 21)}…` : label}
                  </text>
                  {(['other', 'off-cpu', 'on-cpu'] as const).map((kind) =>
                    marks[kind].length > 0 ? (
                      <path
                        key={kind}
                        className={kindStyle[kind].className}
                        d={marksPath(kind, marks[kind].map(xOf), mid)}
                      />
                    ) : null,
                  )}
                </g>
              );
            })}
            {band ? (
              <rect
                className={drag ? styles.dragBand : styles.sliceBand}
                data-testid={drag ? undefined : 'thread-strip-slice'}
                x={xOf(Math.min(band.a, band.b))}
                y={g.axisHeight - 3}
                width={Math.max(Math.abs(band.b - band.a) * plotWidth, 1)}
                height={height - g.axisHeight + 3}
              />
            ) : null}
            {cursor !== null ? (
              <line
                className={styles.cursor}
                x1={xOf(cursor)}
                x2={xOf(cursor)}
                y1={g.axisHeight - 3}
                y2={height}
              />
            ) : null}
          </svg>
        ) : null}
      </div>
    );
  }

  return (
    <section className={styles.strip} aria-label="Threads over the span's time">
      <div className={styles.header}>
        <h3 className={styles.title}>Threads</h3>
        {data && lanes.length > 0 ? (
          <span className={styles.summary} data-testid="thread-strip-summary">
            {lanes.length} {lanes.length === 1 ? 'thread' : 'threads'} · {sampleCount}{' '}
            {sampleCount === 1 ? 'sample' : 'samples'}
            {data.capped
              ? ` (showing ${lanes.reduce((n, l) => n + l.samples.length, 0)}, thinned evenly)`
              : ''}
          </span>
        ) : null}
        {shownKinds.length > 0 ? <Legend kinds={shownKinds} /> : null}
        <span className={styles.sliceText} role="status" aria-live="polite">
          {sliceText}
        </span>
        {slice ? (
          <button
            type="button"
            className="btn btn-quiet"
            onClick={() => {
              onSlice(undefined, 'push');
            }}
          >
            Clear slice
          </button>
        ) : null}
      </div>
      <div ref={boxRef} className={styles.box}>
        {body}
      </div>
    </section>
  );
}
