'use client';

import flamegraph, {
  tooltip as flameTooltip,
  type FlameFrame,
  type FlameGraph as FlameChart,
} from 'd3-flame-graph';
import { select } from 'd3-selection';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { FlameNode } from '@/lib/contract/profile-models';
import { useElementSize } from '../layout/use-element-size';
import type { FlameOrientation } from '../url/span-view-url';
import { frameTypeColor, searchHighlightColor } from './frame-type-colors';
import { flameKeyAction, hotPath } from './flame-keys';
import { flameFrameSummary, flameTooltipHtml } from './flame-tooltip';
import { frameMatches } from './flame-tree-stats';
import styles from './flame-graph.module.css';

interface FlameGraphProps<N extends FlameNode> {
  tree: N;
  /** The profile's unit, for the tooltip (nanoseconds of CPU for on-CPU samples). */
  unit: string;
  orientation: FlameOrientation;
  search: string;
  /** Frame names from the root's child down to the zoomed frame; [] for no zoom. */
  zoom: readonly string[];
  /** A click on a frame zoomed to it: its path (the root gives []). */
  onZoom: (path: string[]) => void;
  /** A frame's fill instead of its frame type's (a diff colours by gain and loss). */
  colorOf?: ((node: N) => string) | undefined;
  /** A frame's tooltip HTML instead of the default (escaped by the caller). */
  tooltipOf?: ((node: N) => string) | undefined;
}

function framePath<N extends FlameNode>(frame: FlameFrame<N>): string[] {
  const path: string[] = [];
  for (let f = frame; f.parent; f = f.parent) path.unshift(f.data.name);
  return path;
}

function frameAt<N extends FlameNode>(chart: FlameChart<N>, path: readonly string[]) {
  let frame = chart.findById(0);
  for (const name of path) frame = frame?.children?.find((c) => c.data.name === name) ?? null;
  return frame;
}

/**
 * The one owner of d3-flame-graph. It draws into its own div, redraws when the tree, size or
 * orientation change, follows zoom and search from props (the URL), and on unmount destroys the
 * chart and its tooltip (which d3-flame-graph appends to <body>).
 */
export function FlameGraph<N extends FlameNode>({
  tree,
  unit,
  orientation,
  search,
  zoom,
  onZoom,
  colorOf,
  tooltipOf,
}: FlameGraphProps<N>) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const drawRef = useRef<HTMLDivElement>(null);
  const { width, height } = useElementSize(scrollRef);
  const chartRef = useRef<FlameChart<N> | null>(null);
  // The chart calls onClick for our own zoomTo/resetZoom too; only user clicks go to the URL.
  const applyingRef = useRef(false);
  const appliedRef = useRef({ zoom: '', search: '' });
  const propsRef = useRef({ zoom, search, onZoom });
  const zoomKey = zoom.join(';');
  // The frame the keyboard is on; the container keeps DOM focus, the frame is outlined and read out.
  const focusRef = useRef<FlameFrame<N> | null>(null);
  const [spoken, setSpoken] = useState('');

  useEffect(() => {
    propsRef.current = { zoom, search, onZoom };
  });

  const apply = (): void => {
    const chart = chartRef.current;
    if (!chart) return;
    const wanted = { zoom: propsRef.current.zoom.join(';'), search: propsRef.current.search };
    applyingRef.current = true;
    try {
      if (wanted.zoom !== appliedRef.current.zoom) {
        const frame = wanted.zoom === '' ? null : frameAt(chart, propsRef.current.zoom);
        if (frame) chart.zoomTo(frame);
        else chart.resetZoom();
      }
      if (wanted.search !== appliedRef.current.search) {
        if (wanted.search) chart.search(wanted.search);
        else chart.clear();
      }
      appliedRef.current = wanted;
    } finally {
      applyingRef.current = false;
    }
  };

  useEffect(() => {
    const el = drawRef.current;
    const scroller = scrollRef.current;
    if (!el || !scroller || width === 0) return undefined;
    const tip = flameTooltip
      .defaultFlamegraphTooltip<N>()
      .html((f) => (tooltipOf ? tooltipOf(f.data) : flameTooltipHtml(f.data, tree.value, unit)));
    const chart = flamegraph<N>()
      .width(width)
      .cellHeight(18)
      .minHeight(Math.max(height - 2, 0))
      .minFrameSize(1)
      .transitionDuration(200)
      .sort(false)
      .selfValue(false)
      .inverted(orientation === 'icicle')
      .tooltip(tip)
      .setColorMapper((f) =>
        f.highlight
          ? searchHighlightColor
          : colorOf
            ? colorOf(f.data)
            : frameTypeColor(f.data.frameType, f.data.name),
      )
      .setSearchMatch((f, term) => frameMatches(f.data.name, term))
      // The view computes the match share from the tree itself; silence the built-in text.
      .setSearchHandler(() => undefined)
      .setDetailsHandler(() => undefined)
      .onClick((frame) => {
        if (!applyingRef.current) propsRef.current.onZoom(framePath(frame));
      });
    // d3-flame-graph marks hidden and faded frames on the data it draws: give it a copy.
    select(el).datum(structuredClone(tree)).call(chart);
    chartRef.current = chart;
    // A redraw (a resize, a new tree) keeps the keyboard on the same frame when it still exists:
    // resetting it to the root while the read-out still named the old frame lost the next key.
    const kept = focusRef.current ? frameAt(chart, framePath(focusRef.current)) : null;
    focusRef.current = kept ?? chart.findById(0);
    appliedRef.current = { zoom: '', search: '' };
    apply();
    scrollToHotLeaf(scroller, chart, orientation);
    if (focusRef.current && document.activeElement === scroller) {
      outline(el, focusRef.current);
      setSpoken(flameFrameSummary(focusRef.current.data, tree.value, unit));
    }
    return () => {
      chart.destroy();
      chartRef.current = null;
      el.replaceChildren();
    };
    // apply reads the latest zoom and search through propsRef: they do not need a redraw.
  }, [tree, unit, orientation, width, height, colorOf, tooltipOf]);

  useEffect(apply, [zoomKey, search]);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>): void => {
    const chart = chartRef.current;
    const current = focusRef.current ?? chart?.findById(0);
    if (!chart || !current) return;
    const action = flameKeyAction(current, e.key, orientation);
    if (action.kind === 'none') return;
    e.preventDefault();
    if (action.kind === 'zoom') propsRef.current.onZoom(framePath(current));
    else if (action.kind === 'reset') propsRef.current.onZoom([]);
    else {
      focusRef.current = action.to;
      const node = outline(drawRef.current, action.to);
      node?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
      setSpoken(flameFrameSummary(action.to.data, tree.value, unit));
    }
  };

  return (
    <div
      ref={scrollRef}
      className={styles.scroller}
      data-testid="flame-graph"
      tabIndex={0}
      role="group"
      aria-roledescription="flame graph"
      aria-label={`Flame graph of ${tree.name}. Arrow keys move between frames, Enter zooms to one, Escape resets.`}
      onKeyDown={onKeyDown}
      onFocus={() => {
        const f = focusRef.current;
        if (f) {
          outline(drawRef.current, f);
          setSpoken(flameFrameSummary(f.data, tree.value, unit));
        }
      }}
    >
      <div ref={drawRef} className={styles.chart} aria-hidden="true" />
      <p className={styles.spoken} aria-live="polite" data-testid="flame-focus">
        {spoken}
      </p>
    </div>
  );
}

/** Outlines the keyboard's frame (and no other); returns its element. */
function outline(el: HTMLDivElement | null, frame: FlameFrame<FlameNode>): SVGGElement | null {
  if (!el) return null;
  const frames = select(el).selectAll<SVGGElement, FlameFrame<FlameNode>>('g.frame');
  frames.classed(styles.focused ?? 'focused', (d) => d === frame);
  return frames.filter((d) => d === frame).node();
}

/**
 * Opens with the hot path's leaf in view: a flame grows up from its root at the bottom, so it
 * starts at the bottom unless the leaf is above the window; an icicle starts at the top unless
 * the leaf is below it.
 */
function scrollToHotLeaf<N extends FlameNode>(
  scroller: HTMLDivElement,
  chart: FlameChart<N>,
  orientation: FlameOrientation,
): void {
  const root = chart.findById(0);
  const leaf = root ? hotPath(root).at(-1) : undefined;
  const rowPx = 18;
  const margin = 2 * rowPx;
  const depthPx = ((leaf?.depth ?? 0) + 1) * rowPx;
  const bottom = scroller.scrollHeight - scroller.clientHeight;
  if (orientation === 'flame') {
    const leafTop = scroller.scrollHeight - depthPx;
    scroller.scrollTop = Math.min(bottom, Math.max(leafTop - margin, 0));
  } else {
    scroller.scrollTop = Math.max(Math.min(depthPx + margin - scroller.clientHeight, bottom), 0);
  }
}
