import type { StackRecord } from '../normalize/model';

/** profile_stacks columns in the order stackToRow fills them. */
export const profileStacksColumns = [
  'StackId',
  'FunctionNames',
  'SystemNames',
  'FileNames',
  'Lines',
  'Modules',
  'FrameTypes',
  'Addresses',
  'BuildIds',
  'LastSeen',
] as const;

/** A profile_stacks row: parallel arrays, one element per frame, leaf first; LastSeen in unix s. */
export function stackToRow(stack: StackRecord, nowSeconds: number): unknown[] {
  const f = stack.frames;
  return [
    stack.stackId,
    f.map((x) => x.functionName),
    f.map((x) => x.systemName),
    f.map((x) => x.fileName),
    f.map((x) => x.line),
    f.map((x) => x.module),
    f.map((x) => x.frameType),
    // Decimal strings: addresses are 64-bit.
    f.map((x) => x.address.toString()),
    f.map((x) => x.buildId),
    nowSeconds,
  ];
}
