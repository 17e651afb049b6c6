'use client';

import { scaleLinear, scaleTime } from 'd3-scale';
import { useRef } from 'react';
import type { SpanSummary } from '@/lib/contract/span-models';
import { formatDuration } from '../format/format-duration';
import { formatAxisTime, formatClock, nsToMs } from '../format/format-time';
import { useElementSize } from '../layout/use-element-size';

interface LatencyScatterProps {
  spans: readonly SpanSummary[];
  fromMs: number;
  toMs: number;
  onOpen: (span: SpanSummary) => void;
}

const margin = { top: 10, right: 16, bottom: 22, left: 56 };

/**
 * Span duration over time, one dot per span (SVG, scales from d3-scale). Filled dots have
 * profile samples, hollow ones have none, red ones failed; a click opens the span.
 */
export function LatencyScatter({ spans, fromMs, toMs, onOpen }: LatencyScatterProps) {
  const boxRef = useRef<HTMLDivElement>(null);
  const { width, height } = useElementSize(boxRef);
  const innerW = Math.max(width - margin.left - margin.right, 0);
  const innerH = Math.max(height - margin.top - margin.bottom, 0);
  const maxNs = Math.max(...spans.map((s) => Number(s.durationNs)), 1);
  const x = scaleTime()
    .domain([new Date(fromMs), new Date(toMs)])
    .range([0, innerW]);
  const y = scaleLinear().domain([0, maxNs]).nice(4).range([innerH, 0]);
  const xTicks = x.ticks(Math.max(Math.floor(innerW / 110), 2));

  return (
    <div ref={boxRef} className="scatter" aria-label="Span duration over time">
      {width > 0 ? (
        <svg width={width} height={height} role="img" aria-label="Latency scatter plot">
          <g transform={`translate(${margin.left},${margin.top})`}>
            {y.ticks(4).map((t) => (
              <g key={t} transform={`translate(0,${y(t)})`} className="scatter-grid">
                <line x2={innerW} />
                <text x={-8} dy="0.32em" textAnchor="end">
                  {t === 0 ? '0' : formatDuration(t)}
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
                {formatAxisTime(t.getTime(), toMs - fromMs)}
              </text>
            ))}
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
                  cy={y(Number(s.durationNs))}
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
