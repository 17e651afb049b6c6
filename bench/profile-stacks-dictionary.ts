import { ProfilesDictionaryBuilder } from '@/test/support/profiles-dictionary-builder';
import type { FrameSpec, StackSpec } from './profile-frame-pool';

/** Bytes a generated mapping spans; addresses in the pool stay well inside it. */
const mappingSize = 0x4000000n;

/**
 * The dictionary of one generated request, with the frame pool's stacks and frames added once
 * each, the way the eBPF profiler reuses a location for every hit of the same frame.
 */
export class StacksDictionary extends ProfilesDictionaryBuilder {
  private readonly locations = new Map<FrameSpec, number>();
  private readonly stacks = new Map<StackSpec, number>();

  stackOf(stack: StackSpec): number {
    let i = this.stacks.get(stack);
    if (i === undefined) {
      i = this.stack(stack.map((f) => this.locationOf(f)));
      this.stacks.set(stack, i);
    }
    return i;
  }

  private locationOf(frame: FrameSpec): number {
    let i = this.locations.get(frame);
    if (i === undefined) {
      // Each module sits in its own address range; the pool's addresses are inside it.
      const start = frame.address & ~(mappingSize - 1n);
      const range = {
        buildId: frame.buildId,
        memoryStart: start,
        memoryLimit: start + mappingSize,
      };
      i = this.location({
        mapping: frame.module === '' ? 0 : this.mapping(frame.module, range),
        address: frame.address,
        lines: frame.lines.map((l) => ({
          fn: this.function(l.functionName, l.fileName, l.functionName),
          line: l.line,
        })),
        frameType: frame.frameType,
      });
      this.locations.set(frame, i);
    }
    return i;
  }
}
