/**
 * The one data shape of a flame graph, as the API returns it and the view draws it
 * (d3-flame-graph reads name/value/children; the rest feeds tooltips, colours and tables).
 */
export interface FlameNode {
  /** Function name, or `module+0xaddress` for a frame without symbols. */
  name: string;
  /** Total weight of this frame and everything it called, in the profile's unit. */
  value: number;
  /** Weight of samples whose leaf is this frame. */
  self: number;
  /** profile.frame.type: native, kernel, go, v8js, jvm, cpython, … ('' at the root). */
  frameType: string;
  /** Source file, '' when unknown. */
  file: string;
  /** Source line of the call site within the parent, 0 when unknown. */
  line: number;
  /** The binary or library, '' when unknown. */
  module: string;
  children: FlameNode[];
}

/** One frame of a stack as the flame builder needs it. */
export interface FlameFrame {
  functionName: string;
  fileName: string;
  line: number;
  module: string;
  frameType: string;
  /** Decimal string: addresses are 64-bit. */
  address: string;
}

/** A distinct stack and its summed weight. Frames are leaf first, as stored. */
export interface WeightedStack {
  frames: FlameFrame[];
  value: number;
  /** Sample hits behind the weight, when known. */
  hits?: number;
}
