'use client';

import { useQuery } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import {
  diffBaselines,
  diffTargets,
  type DiffBaseline,
  type DiffNode,
  type DiffTarget,
  type SpanDiff,
} from '@/lib/contract/profile-models';
import type { ProfileScope } from '@/lib/correlation/correlation-tier';
import { MessagePanel } from '../feedback/message-panel';
import { diffColor, gainColor, largestChange, lossColor } from '../flame-graph/diff-colors';
import { functionDeltas } from '../flame-graph/diff-functions';
import { FlameGraph } from '../flame-graph/flame-graph';
import { escapeHtml } from '../flame-graph/flame-tooltip';
import { FunctionName } from '../flame-graph/top-functions-table';
import { formatDuration } from '../format/format-duration';
import { formatWeight } from '../format/format-weight';
import { spanDiffQuery } from '../queries/span-diff-query';
import type { FlameOrientation } from '../url/span-view-url';
import { Segmented } from '../form/segmented';

const baselineLabels: Record<DiffBaseline, { label: string; help: string }> = {
  cohort: {
    label: 'Typical (p40–p60)',
    help: 'Spans of the same operation and deployment whose duration is between p40 and p60',
  },
  'previous-revision': {
    label: 'Previous revision',
    help: 'The same operation on the image tag that ran before this span’s',
  },
};

const targetLabels: Record<DiffTarget, { label: string; help: string }> = {
  span: { label: 'This span', help: 'The selected span alone' },
  slow: { label: 'Slow (≥ p90)', help: 'Every span of the operation at or above p90' },
};

/** How the summary says what each span covers, as the flame graph above it does. */
const scopeNotes: Record<ProfileScope, string> = {
  span: '',
  descendants: ', each span with the spans under it',
  trace: ', each span with its whole trace',
};

interface DiffPanelProps {
  traceId: string;
  spanId: string;
  /** The scope of the span's flame graph: each span on both sides covers the same. */
  scope: ProfileScope;
  baseline: DiffBaseline;
  target: DiffTarget;
  sampleType: string | undefined;
  orientation: FlameOrientation;
  zoom: readonly string[];
  onZoom: (path: string[]) => void;
  onChange: (change: { baseline?: DiffBaseline; target?: DiffTarget }) => void;
}

/**
 * "Compare with typical": a differential flame graph of the span (or its slow cohort) against
 * a baseline of its operation, per span, widths from the target and colours from the change,
 * with the functions that changed most beside it.
 */
export function DiffPanel(props: DiffPanelProps) {
  const { traceId, spanId, scope, baseline, target, sampleType, onChange } = props;
  const q = useQuery(spanDiffQuery({ traceId, spanId, baseline, target, sampleType, scope }));
  return (
    <div className="diff-panel" data-testid="diff-panel">
      <div className="diff-controls">
        <div className="control-group">
          <span className="control-label">Compare</span>
          <Segmented
            label="Compared spans"
            dataKey="target"
            options={diffTargets.map((t) => ({ value: t, ...targetLabels[t] }))}
            value={target}
            onChange={(t) => {
              onChange({ target: t });
            }}
          />
        </div>
        <div className="control-group">
          <span className="control-label">with</span>
          <Segmented
            label="Baseline"
            dataKey="baseline"
            options={diffBaselines.map((b) => {
              const offered = !q.data || q.data.baselines.includes(b);
              return {
                value: b,
                label: baselineLabels[b].label,
                disabled: !offered,
                help: offered
                  ? baselineLabels[b].help
                  : 'No earlier image tag of this operation is stored',
              };
            })}
            value={q.data ? q.data.baselineKind : baseline}
            onChange={(b) => {
              onChange({ baseline: b });
            }}
          />
        </div>
        <span className="diff-legend" aria-hidden="true">
          <span className="swatch" style={{ background: gainColor }} /> more per span{' '}
          <span className="swatch" style={{ background: lossColor }} /> less per span
        </span>
      </div>
      {q.isPending ? (
        <div className="loading-block">Comparing with the baseline…</div>
      ) : q.isError ? (
        <MessagePanel tone="error" title="Could not compare">
          {q.error.message}
        </MessagePanel>
      ) : (
        <DiffBody diff={q.data} {...props} />
      )}
    </div>
  );
}

function DiffBody({ diff, orientation, zoom, onZoom }: DiffPanelProps & { diff: SpanDiff }) {
  const largest = useMemo(() => largestChange(diff.tree), [diff.tree]);
  const colorOf = useCallback((n: DiffNode) => diffColor(n, largest), [largest]);
  const tooltipOf = useCallback((n: DiffNode) => diffTooltipHtml(n, diff.unit), [diff.unit]);
  const deltas = useMemo(() => functionDeltas(diff.tree).slice(0, 30), [diff.tree]);
  const unit = diff.unit;
  return (
    <>
      <p className="diff-summary" role="status">
        <strong>{diff.target.label}</strong>: {formatWeight(diff.target.total, unit)} a span (
        {diff.target.spans.used} {diff.target.spans.used === 1 ? 'span' : 'spans'}) against{' '}
        <strong>{diff.baseline.label}</strong>: {formatWeight(diff.baseline.total, unit)} a span (
        {diff.baseline.spans.used} of {diff.baseline.spans.matched} spans,{' '}
        {formatDuration(diff.baseline.spans.minNs)}–{formatDuration(diff.baseline.spans.maxNs)})
        {scopeNotes[diff.scope]}.
      </p>
      {diff.target.total === 0 && diff.baseline.total === 0 ? (
        <MessagePanel tone="info" title="Nothing to compare">
          Neither side has samples of this type.
        </MessagePanel>
      ) : (
        <div className="profile-body">
          <div className="flame-area">
            <FlameGraph
              tree={diff.tree}
              unit={unit}
              orientation={orientation}
              search=""
              zoom={zoom}
              onZoom={onZoom}
              colorOf={colorOf}
              tooltipOf={tooltipOf}
            />
          </div>
          <div className="top-functions-panel">
            <table className="data-table top-functions diff-functions">
              <caption>Change per span, by self time</caption>
              <thead>
                <tr>
                  <th>Function</th>
                  <th className="num">Target</th>
                  <th className="num">Baseline</th>
                  <th className="num">Change</th>
                </tr>
              </thead>
              <tbody>
                {deltas.map((d) => (
                  <tr key={`${d.name}-${d.frameType}`} data-function={d.name}>
                    <td className="fn-name" title={d.name}>
                      <FunctionName name={d.name} />
                    </td>
                    <td className="num">{formatWeight(d.target, unit)}</td>
                    <td className="num">{formatWeight(d.baseline, unit)}</td>
                    <td
                      className={`num ${d.delta > 0 ? 'gain' : d.delta < 0 ? 'loss' : ''}`}
                      title={`${formatWeight(d.target, unit)} against ${formatWeight(d.baseline, unit)} a span`}
                    >
                      {d.delta > 0 ? '+' : d.delta < 0 ? '−' : ''}
                      {formatWeight(Math.abs(d.delta), unit)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      )}
    </>
  );
}

function diffTooltipHtml(n: DiffNode, unit: string): string {
  const delta = n.value - n.baseline;
  const sign = delta > 0 ? '+' : delta < 0 ? '−' : '';
  const rows = [
    ['Target', formatWeight(n.value, unit)],
    ['Baseline', formatWeight(n.baseline, unit)],
    ['Change', `${sign}${formatWeight(Math.abs(delta), unit)}`],
  ];
  return [
    `<div class="tip-fn">${escapeHtml(n.name)}</div>`,
    '<div class="tip-type">per span, this frame and its callees</div>',
    ...rows.map(
      ([k = '', v = '']) => `<div class="tip-row"><span>${k}</span><b>${escapeHtml(v)}</b></div>`,
    ),
  ].join('');
}
