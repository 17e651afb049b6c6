/** The part of a laid-out flame frame that keyboard moves need. */
export interface FrameLinks<F> {
  parent: F | null;
  children?: F[];
  /** Visible weight: 0 when a zoom hides the frame. */
  value: number;
}

/** What a key does in the flame graph: move to another frame, zoom to the current, or reset. */
export type FlameKeyAction<F> =
  { kind: 'move'; to: F } | { kind: 'zoom' } | { kind: 'reset' } | { kind: 'none' };

const visible = <F extends FrameLinks<F>>(frames: readonly F[] | undefined): F[] =>
  (frames ?? []).filter((f) => f.value > 0);

/** The callee that carries the most weight: the way down the hot path. */
export function heaviestChild<F extends FrameLinks<F>>(frame: F): F | undefined {
  return visible(frame.children).reduce<F | undefined>(
    (best, c) => (best === undefined || c.value > best.value ? c : best),
    undefined,
  );
}

/** The frames from the root along the heaviest callee at each level: the hot path. */
export function hotPath<F extends FrameLinks<F>>(root: F): F[] {
  const path = [root];
  for (let f = heaviestChild(root); f; f = heaviestChild(f)) path.push(f);
  return path;
}

/**
 * Arrow keys move between frames as they are drawn: towards callees (up in a flame, down in an
 * icicle) to the heaviest one, towards the caller the other way, to the neighbouring callee of
 * the same caller left and right. Enter or Space zooms to the frame, Escape resets the zoom.
 */
export function flameKeyAction<F extends FrameLinks<F>>(
  frame: F,
  key: string,
  orientation: 'flame' | 'icicle',
): FlameKeyAction<F> {
  const toCallee = orientation === 'flame' ? 'ArrowUp' : 'ArrowDown';
  const toCaller = orientation === 'flame' ? 'ArrowDown' : 'ArrowUp';
  const move = (to: F | null | undefined): FlameKeyAction<F> =>
    to ? { kind: 'move', to } : { kind: 'none' };
  switch (key) {
    case toCallee:
      return move(heaviestChild(frame));
    case toCaller:
      return move(frame.parent);
    case 'ArrowLeft':
    case 'ArrowRight': {
      const siblings = visible(frame.parent?.children);
      const i = siblings.indexOf(frame);
      return move(siblings[key === 'ArrowLeft' ? i - 1 : i + 1]);
    }
    case 'Enter':
    case ' ':
      return { kind: 'zoom' };
    case 'Escape':
      return { kind: 'reset' };
    default:
      return { kind: 'none' };
  }
}
