import type { StackRecord } from '../normalize/model';

/** A profile_stacks row; arrays are parallel, one element per frame, leaf first. */
export interface ProfileStacksRow {
  StackId: string;
  FunctionNames: string[];
  SystemNames: string[];
  FileNames: string[];
  Lines: number[];
  Modules: string[];
  FrameTypes: string[];
  /** Decimal strings: addresses are 64-bit. */
  Addresses: string[];
  BuildIds: string[];
  /** Unix seconds. */
  LastSeen: number;
}

export function stackToRow(stack: StackRecord, nowSeconds: number): ProfileStacksRow {
  const f = stack.frames;
  return {
    StackId: stack.stackId,
    FunctionNames: f.map((x) => x.functionName),
    SystemNames: f.map((x) => x.systemName),
    FileNames: f.map((x) => x.fileName),
    Lines: f.map((x) => x.line),
    Modules: f.map((x) => x.module),
    FrameTypes: f.map((x) => x.frameType),
    Addresses: f.map((x) => x.address.toString()),
    BuildIds: f.map((x) => x.buildId),
    LastSeen: nowSeconds,
  };
}
