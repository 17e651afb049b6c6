'use client';

import { useEffect, useRef, useState, type CSSProperties, type KeyboardEvent } from 'react';
import { formatDuration } from '../format/format-duration';
import { useServiceColor } from './service-color';
import { visibleRows, type Waterfall as WaterfallModel } from './trace-to-waterfall';
import styles from './waterfall.module.css';

interface WaterfallProps {
  waterfall: WaterfallModel;
  selectedSpanId: string | undefined;
  onSelect: (spanId: string) => void;
}

const ticks = [0, 0.25, 0.5, 0.75, 1];

/** Where a bar's duration goes: after the bar, inside a long bar near the end, or before it. */
function durationLabel(
  offsetNs: number,
  durationNs: number,
  totalNs: number,
): { place: 'after' | 'inside' | 'before'; labelAt: CSSProperties } {
  const start = totalNs > 0 ? offsetNs / totalNs : 0;
  const end = totalNs > 0 ? (offsetNs + durationNs) / totalNs : 0;
  if (end < 0.85) return { place: 'after', labelAt: { left: `calc(${end * 100}% + 4px)` } };
  if (end - start > 0.15)
    return { place: 'inside', labelAt: { left: `calc(${start * 100}% + 4px)` } };
  return { place: 'before', labelAt: { right: `calc(${(1 - start) * 100}% + 4px)` } };
}

/**
 * The trace as a waterfall: one row per span (tree order), a bar on the trace's time axis,
 * service colour, errors in red, and the critical path marked. Click or arrow keys select.
 */
export function Waterfall({ waterfall, selectedSpanId, onSelect }: WaterfallProps) {
  const serviceColor = useServiceColor();
  const { totalNs } = waterfall;
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const rows = visibleRows(waterfall.rows, collapsed, selectedSpanId);
  const listRef = useRef<HTMLUListElement>(null);
  const selectedIndex = rows.findIndex((r) => r.span.spanId === selectedSpanId);
  const toggle = (spanId: string, open?: boolean): void => {
    const next = new Set(collapsed);
    if (open ?? next.has(spanId)) next.delete(spanId);
    else next.add(spanId);
    setCollapsed(next);
  };

  // Keep the selected span in view when it changes (a link can select a deep span).
  useEffect(() => {
    listRef.current?.querySelector('[aria-selected="true"]')?.scrollIntoView({ block: 'nearest' });
  }, [selectedSpanId]);

  const onKeyDown = (e: KeyboardEvent): void => {
    const current = rows[selectedIndex];
    if ((e.key === 'ArrowLeft' || e.key === 'ArrowRight') && current?.childCount) {
      // Left folds the selected span's children away, Right unfolds them.
      e.preventDefault();
      toggle(current.span.spanId, e.key === 'ArrowRight');
      return;
    }
    const step = e.key === 'ArrowDown' ? 1 : e.key === 'ArrowUp' ? -1 : 0;
    const next = rows[Math.min(Math.max(selectedIndex + step, 0), rows.length - 1)];
    if (step !== 0 && next) {
      e.preventDefault();
      onSelect(next.span.spanId);
    }
  };
  const pct = (ns: number): string => `${totalNs > 0 ? (100 * ns) / totalNs : 0}%`;

  return (
    <div className={styles.waterfall}>
      <div className={styles.axis} aria-hidden="true">
        <div className={styles.labelColumn}>
          {waterfall.rows.length} spans · <span className={styles.criticalKey} /> critical path ·{' '}
          <span className={styles.eventKey} /> event
        </div>
        <div className={styles.timeline}>
          {ticks.map((t) => (
            <span key={t} className={styles.tick} style={{ left: `${t * 100}%` }}>
              {formatDuration(t * totalNs)}
            </span>
          ))}
        </div>
      </div>
      <ul
        ref={listRef}
        className={styles.rows}
        role="listbox"
        aria-label="Spans of the trace"
        tabIndex={0}
        onKeyDown={onKeyDown}
      >
        {rows.map((row) => {
          const selected = row.span.spanId === selectedSpanId;
          const { place, labelAt } = durationLabel(row.offsetNs, row.durationNs, totalNs);
          return (
            <li
              key={row.span.spanId}
              role="option"
              aria-selected={selected}
              data-span-id={row.span.spanId}
              data-critical={row.critical || undefined}
              className={styles.row}
              onClick={() => {
                onSelect(row.span.spanId);
              }}
            >
              <div className={styles.labelColumn} style={{ paddingLeft: 8 + row.depth * 14 }}>
                {/* Not a button: an option holds no controls. The keyboard folds with Left/Right. */}
                <span
                  className={styles.fold}
                  aria-hidden="true"
                  data-fold={
                    row.childCount > 0
                      ? collapsed.has(row.span.spanId)
                        ? 'closed'
                        : 'open'
                      : undefined
                  }
                  title={
                    row.childCount > 0
                      ? `${collapsed.has(row.span.spanId) ? 'Show' : 'Hide'} the ${row.childCount} spans under it (or ← →)`
                      : undefined
                  }
                  onClick={(e) => {
                    if (row.childCount === 0) return;
                    e.stopPropagation();
                    toggle(row.span.spanId);
                  }}
                >
                  {row.childCount > 0 ? (collapsed.has(row.span.spanId) ? '▸' : '▾') : ''}
                </span>
                <span
                  className={styles.serviceChip}
                  style={{ background: serviceColor(row.span.service) }}
                />
                <span className={styles.service}>{row.span.service}</span>
                <span className={styles.name} title={row.span.name}>
                  {row.span.name}
                </span>
                {row.error ? (
                  <span className={styles.errorMark} title="Status: error">
                    !
                  </span>
                ) : null}
              </div>
              <div className={styles.timeline}>
                {ticks.map((t) => (
                  <span key={t} className={styles.gridline} style={{ left: `${t * 100}%` }} />
                ))}
                <span
                  className={`${styles.bar} ${row.error ? styles.barError : ''} ${row.critical ? styles.barCritical : ''}`}
                  style={{
                    left: pct(row.offsetNs),
                    width: `max(2px, ${pct(row.durationNs)})`,
                    background: row.error ? undefined : serviceColor(row.span.service),
                  }}
                />
                {row.events.map((ev, i) => (
                  <span
                    key={i}
                    className={styles.event}
                    data-event={ev.name}
                    style={{ left: pct(ev.offsetNs) }}
                    title={`${ev.name} at +${formatDuration(ev.offsetNs - row.offsetNs)}`}
                  />
                ))}
                <span className={`${styles.duration} ${styles[place]}`} style={labelAt}>
                  {formatDuration(row.durationNs)}
                </span>
              </div>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
