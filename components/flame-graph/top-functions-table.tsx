import type { FlameNode } from '@/lib/contract/profile-models';
import { formatPercent } from '../format/format-percent';
import { formatWeight } from '../format/format-weight';
import { frameTypeColor } from './frame-type-colors';
import { frameMatches, topFunctions } from './flame-tree-stats';

interface TopFunctionsTableProps {
  tree: FlameNode;
  unit: string;
  search: string;
  /** A click on a function searches for it in the flame graph. */
  onPick: (name: string) => void;
}

/** The heaviest functions by self weight, with their total; the flame graph's index. */
export function TopFunctionsTable({ tree, unit, search, onPick }: TopFunctionsTableProps) {
  const rows = topFunctions(tree).slice(0, 100);
  return (
    <table className="data-table top-functions">
      <thead>
        <tr>
          <th>Function</th>
          <th className="num">Self</th>
          <th className="num">Total</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((f) => (
          <tr
            key={`${f.name}-${f.frameType}`}
            className="clickable"
            aria-selected={frameMatches(f.name, search)}
            title={`${f.name}\nself ${formatWeight(f.self, unit)}, total ${formatWeight(f.total, unit)}`}
            onClick={() => {
              onPick(f.name);
            }}
          >
            <td className="fn-cell">
              <span
                className="frame-swatch"
                style={{ background: frameTypeColor(f.frameType, f.name) }}
              />
              {/* Truncated from the start: a function's tail (type and method) says the most. */}
              <span className="mono tail-ellipsis">
                <bdi>{f.name}</bdi>
              </span>
            </td>
            <td className="num">
              <span
                className="share-bar"
                style={{ width: `${(100 * f.self) / (tree.value || 1)}%` }}
              />
              {formatPercent(f.self, tree.value)}
            </td>
            <td className="num">{formatPercent(f.total, tree.value)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
