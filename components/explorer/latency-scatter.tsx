'use client';

import { scaleLog, scaleTime } from 'd3-scale';
import { useRef } from 'react';
import {
  latencyBucketsPerOctave,
  type LatencyHeatmap,
  type SpanSummary,
} from '@/lib/contract/span-models';
import { formatDuration } from '../format/format-duration';
import { formatAxisTime, formatClock, nsToMs } from '../format/format-time';
import { useElementSize } from '../layout/use-element-size';

interface LatencyScatterProps {
  /** Every matching span, counted in cells. */
  latency: LatencyHeatmap;
  /** The listed spans (the slowest), drawn as dots on top; a click opens one. */
  spans: readonly SpanSummary[];
  onOpen: (span: SpanSummary) => void;
}

const margin = { top: 10, right: 16, bottom: 22, left: 56 };

const rowLowNs = (d: number): number => 2 ** (d / latencyBucketsPerOctave);

/**
 * Span duration over time for every matching span: a heatmap (darker cells hold more spans, red
 * ones hold errors) on a log duration axis, with the listed spans as dots over it (filled with
 * profile samples, hollow without, red on error). SVG, scales from d3-scale.
 */
export function LatencyScatter({ latency, spans, onOpen }: LatencyScatterProps) {
  const boxRef = useRef<HTMLDivElement>(null);
  const { width, height } = useElementSize(boxRef);
  const innerW = Math.max(width - margin.left - margin.right, 0);
  const innerH = Math.max(height - margin.top - margin.bottom, 0);
  const rows = latency.cells.map(([, d]) => d);
  const lowNs = rows.length > 0 ? rowLowNs(Math.min(...rows)) : 1e6;
  const highNs = rows.length > 0 ? rowLowNs(Math.max(...rows) + 1) : 1e9;
  const x = scaleTime()
    .domain([new Date(latency.fromMs), new Date(latency.toMs)])
    .range([0, innerW]);
  const y = scaleLog()
    .domain([lowNs, Math.max(highNs, lowNs * 2)])
    .range([innerH, 0]);
  const xTicks = x.ticks(Math.max(Math.floor(innerW / 110), 2));
  const yTicks = y.ticks(4).filter((_, i, all) => all.length <= 6 || i % 3 === 0);
  const most = Math.max(...latency.cells.map(([, , n]) => n), 1);
  const cellW = Math.max(
    x(new Date(latency.fromMs + latency.stepMs)) - x(new Date(latency.fromMs)),
    1,
  );
  const rangeMs = latency.toMs - latency.fromMs;

  return (
    <div ref={boxRef} className="scatter">
      {width > 0 ? (
        <svg
          width={width}
          height={height}
          role="img"
          aria-label={`Duration over time of every matching span, ${formatClock(latency.fromMs)} to ${formatClock(latency.toMs)}`}
        >
          <g transform={`translate(${margin.left},${margin.top})`}>
            {yTicks.map((t) => (
              <g key={t} transform={`translate(0,${y(t)})`} className="scatter-grid">
                <line x2={innerW} />
                <text x={-8} dy="0.32em" textAnchor="end">
                  {formatDuration(t)}
                </text>
              </g>
            ))}
            {xTicks.map((t) => (
              <text
                key={t.getTime()}
                className="scatter-axis"
                x={x(t)}
                y={innerH + 16}
                textAnchor="middle"
              >
                {formatAxisTime(t.getTime(), rangeMs)}
              </text>
            ))}
            {latency.cells.map(([t, d, n, errors]) => {
              const top = y(rowLowNs(d + 1));
              return (
                <rect
                  key={`${t}-${d}`}
                  className={errors > 0 ? 'heat-cell heat-cell-error' : 'heat-cell'}
                  data-spans={n}
                  x={x(new Date(latency.fromMs + t * latency.stepMs))}
                  y={top}
                  width={cellW}
                  height={Math.max(y(rowLowNs(d)) - top, 1)}
                  opacity={0.15 + (0.85 * Math.log1p(n)) / Math.log1p(most)}
                >
                  <title>{`${n} ${n === 1 ? 'span' : 'spans'} of ${formatDuration(rowLowNs(d))} to ${formatDuration(rowLowNs(d + 1))}${errors > 0 ? `, ${errors} failed` : ''}`}</title>
                </rect>
              );
            })}
            {spans.map((s) => {
              const startMs = nsToMs(s.startNs);
              const kind =
                s.statusCode === 'Error' ? 'error' : s.samples > 0 ? 'profiled' : 'unprofiled';
              return (
                <circle
                  key={`${s.traceId}-${s.spanId}`}
                  className={`scatter-dot scatter-dot-${kind}`}
                  data-span-id={s.spanId}
                  cx={x(new Date(startMs))}
                  cy={y(Math.max(Number(s.durationNs), lowNs))}
                  r={4}
                  onClick={() => {
                    onOpen(s);
                  }}
                >
                  <title>
                    {`${s.service} · ${s.name}\n${formatDuration(Number(s.durationNs))} at ${formatClock(startMs)}\n${s.samples} profile samples`}
                  </title>
                </circle>
              );
            })}
          </g>
        </svg>
      ) : null}
    </div>
  );
}
