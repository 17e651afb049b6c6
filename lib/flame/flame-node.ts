/** One frame of a stack as the flame builder needs it. */
export interface FlameFrame {
  functionName: string;
  fileName: string;
  line: number;
  module: string;
  frameType: string;
  /** Decimal string: addresses are 64-bit. */
  address: string;
  /** The build id of the frame's file, or ''; with the address, what names a native frame. */
  buildId: string;
}

/** A distinct stack and its summed weight. Frames are leaf first, as stored. */
export interface WeightedStack {
  frames: FlameFrame[];
  value: number;
  /** Sample hits behind the weight, when known. */
  hits?: number;
}
