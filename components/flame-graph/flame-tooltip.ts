import type { FlameNode } from '@/lib/contract/profile-models';
import { formatPercent } from '../format/format-percent';
import { formatWeight } from '../format/format-weight';
import { frameTypeLegend } from './frame-type-colors';

/** What a frame's percentages are of: the samples drawn, not the span's duration. */
const shareOf = 'of the samples shown';

/** A frame in one sentence, for screen readers: name, total and self weight with their shares. */
export function flameFrameSummary(node: FlameNode, rootValue: number, unit: string): string {
  return `${node.name}: ${formatWeight(node.value, unit)}, ${formatPercent(node.value, rootValue)} ${shareOf}; self ${formatWeight(node.self, unit)}, ${formatPercent(node.self, rootValue)}`;
}

export const escapeHtml = (s: string): string =>
  s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The tooltip's HTML for a frame (d3-flame-graph sets it with innerHTML, so every value is
 * escaped): function, file:line, self and total weight, and the share of the whole profile.
 */
export function flameTooltipHtml(node: FlameNode, rootValue: number, unit: string): string {
  const where = node.file ? `${node.file}${node.line ? `:${node.line}` : ''}` : node.module;
  const type = node.frameType ? frameTypeLegend(node.frameType).label : 'span';
  const rows = [
    ['Self', `${formatWeight(node.self, unit)} (${formatPercent(node.self, rootValue)})`],
    [
      'Total',
      `${formatWeight(node.value, unit)} (${formatPercent(node.value, rootValue)} ${shareOf})`,
    ],
  ];
  return [
    `<div class="tip-fn">${escapeHtml(node.name)}</div>`,
    where ? `<div class="tip-where">${escapeHtml(where)}</div>` : '',
    `<div class="tip-type">${escapeHtml(type)}</div>`,
    ...rows.map(
      ([k = '', v = '']) => `<div class="tip-row"><span>${k}</span><b>${escapeHtml(v)}</b></div>`,
    ),
  ].join('');
}
