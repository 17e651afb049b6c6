// d3-flame-graph 5 ships no types: the part of its API (dist/d3-flamegraph.es.js) we call.
declare module 'd3-flame-graph' {
  import type { Selection } from 'd3-selection';

  /** A d3 hierarchy node over one datum, with the layout d3-flame-graph adds. */
  export interface FlameFrame<Datum> {
    data: Datum;
    parent: FlameFrame<Datum> | null;
    children?: FlameFrame<Datum>[];
    depth: number;
    /** Visible weight (0 when hidden by a zoom). */
    value: number;
    /** Horizontal extent as a fraction of the visible root. */
    x0: number;
    x1: number;
    /** Set by search. */
    highlight?: boolean;
    /** Pre-order index; the root is 0. */
    id: number;
  }

  /** A tooltip is a function the chart calls once on its SVG, plus show/hide. */
  export interface FlameTooltip<Datum> {
    (selection: unknown): void;
    show(event: MouseEvent, frame: FlameFrame<Datum>): FlameTooltip<Datum>;
    hide(): FlameTooltip<Datum>;
    html(render: (frame: FlameFrame<Datum>) => string): FlameTooltip<Datum>;
    destroy(): void;
  }

  export interface FlameGraph<Datum> {
    (selection: Selection<HTMLDivElement, Datum, null, undefined>): void;
    width(px: number): FlameGraph<Datum>;
    minHeight(px: number): FlameGraph<Datum>;
    cellHeight(px: number): FlameGraph<Datum>;
    minFrameSize(px: number): FlameGraph<Datum>;
    transitionDuration(ms: number): FlameGraph<Datum>;
    sort(enabled: boolean): FlameGraph<Datum>;
    inverted(enabled: boolean): FlameGraph<Datum>;
    selfValue(enabled: boolean): FlameGraph<Datum>;
    tooltip(tip: FlameTooltip<Datum>): FlameGraph<Datum>;
    onClick(handler: (frame: FlameFrame<Datum>) => void): FlameGraph<Datum>;
    setColorMapper(
      mapper: (frame: FlameFrame<Datum>, originalColor: string) => string,
    ): FlameGraph<Datum>;
    setSearchMatch(
      match: (frame: FlameFrame<Datum>, term: string, ignoreCase?: boolean) => boolean,
    ): FlameGraph<Datum>;
    setSearchHandler(
      handler: (results: FlameFrame<Datum>[], sum: number, total: number) => void,
    ): FlameGraph<Datum>;
    setDetailsHandler(handler: (text: string | null) => void): FlameGraph<Datum>;
    search(term: string): void;
    clear(): void;
    findById(id: number): FlameFrame<Datum> | null;
    zoomTo(frame: FlameFrame<Datum>): void;
    resetZoom(): void;
    destroy(): FlameGraph<Datum>;
  }

  export default function flamegraph<Datum>(): FlameGraph<Datum>;

  export const tooltip: {
    defaultFlamegraphTooltip<Datum>(): FlameTooltip<Datum>;
  };
}
