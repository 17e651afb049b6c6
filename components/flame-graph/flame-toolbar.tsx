import { DebouncedInput } from '../form/debounced-input';
import { formatPercent } from '../format/format-percent';
import type { FlameOrientation } from '../url/span-view-url';
import { Segmented } from '../form/segmented';

interface FlameToolbarProps {
  search: string;
  onSearch: (term: string) => void;
  /** Weight and frame count of the search's matches, against the whole profile. */
  match: { value: number; frames: number; total: number };
  zoomed: boolean;
  onResetZoom: () => void;
  orientation: FlameOrientation;
  onOrientation: (orientation: FlameOrientation) => void;
}

/** Search (with match share), reset zoom, and flame/icicle. */
const orientations = [
  { value: 'flame', label: 'Flame', help: 'Root at the bottom' },
  { value: 'icicle', label: 'Icicle', help: 'Root at the top' },
] as const satisfies readonly { value: FlameOrientation; label: string; help: string }[];

export function FlameToolbar(props: FlameToolbarProps) {
  const { search, match, zoomed, orientation } = props;
  return (
    <div className="flame-toolbar">
      <DebouncedInput
        type="search"
        name="q"
        className="input flame-search"
        placeholder="Search functions"
        aria-label="Search functions"
        spellCheck={false}
        autoComplete="off"
        value={search}
        delayMs={250}
        onCommit={props.onSearch}
      />
      <span className="match-share" data-testid="match-share" aria-live="polite">
        {search
          ? `${formatPercent(match.value, match.total)} of samples · ${match.frames} ${match.frames === 1 ? 'frame' : 'frames'}`
          : ''}
      </span>
      <button
        type="button"
        className="btn"
        disabled={!zoomed}
        onClick={props.onResetZoom}
        title="Show the whole profile again"
      >
        Reset zoom
      </button>
      <Segmented
        label="Orientation"
        options={orientations}
        value={orientation}
        onChange={props.onOrientation}
      />
    </div>
  );
}
