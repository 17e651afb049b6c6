import type { CSSProperties } from 'react';
import type { FlameNode } from '@/lib/contract/profile-models';
import { splitForMiddleEllipsis } from '../format/format-name';
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

/**
 * The heaviest functions by self weight, with their total; the flame graph's index. Rows are
 * focusable: Enter searches the flame graph for the function, as a click does.
 */
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
            tabIndex={0}
            aria-selected={frameMatches(f.name, search)}
            title={`${f.name}\nself ${formatWeight(f.self, unit)}, total ${formatWeight(f.total, unit)}`}
            onClick={() => {
              onPick(f.name);
            }}
            onKeyDown={(e) => {
              if (e.key === 'Enter') onPick(f.name);
            }}
          >
            <td className="fn-cell">
              <span
                className="frame-swatch"
                style={{ background: frameTypeColor(f.frameType, f.name) }}
              />
              <FunctionName name={f.name} />
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

/** A function name cut in the middle when its column is too narrow: package…Type.method. */
export function FunctionName({ name }: { name: string }) {
  const { head, tail } = splitForMiddleEllipsis(name);
  return (
    <span
      className="mono middle-ellipsis"
      style={{ '--tail-chars': Array.from(tail).length } as CSSProperties}
    >
      <span className="middle-ellipsis-head">{head}</span>
      {tail ? <span className="middle-ellipsis-tail">{tail}</span> : null}
    </span>
  );
}
