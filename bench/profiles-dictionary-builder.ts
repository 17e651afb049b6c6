import Long from 'long';
import type { AnyValueShape, LocationShape, ProfilesDictionaryShape } from './otlp-shapes';
import type { FrameSpec, StackSpec } from './profile-frame-pool';
import { intToLong, u64ToLong } from './seeded-random';

/** Bytes a generated mapping spans; addresses in the pool stay well inside it. */
const mappingSize = 0x4000000n;

/**
 * Builds one request's ProfilesDictionary the way the eBPF profiler does: every table starts with
 * its empty element, and each string, attribute, mapping, function, location, stack and link is
 * added once, on first use.
 */
export class ProfilesDictionaryBuilder {
  private readonly dict: ProfilesDictionaryShape = {
    mappingTable: [
      {
        memoryStart: Long.UZERO,
        memoryLimit: Long.UZERO,
        fileOffset: Long.UZERO,
        filenameStrindex: 0,
        attributeIndices: [],
      },
    ],
    locationTable: [{ mappingIndex: 0, address: Long.UZERO, lines: [], attributeIndices: [] }],
    functionTable: [
      { nameStrindex: 0, systemNameStrindex: 0, filenameStrindex: 0, startLine: Long.ZERO },
    ],
    linkTable: [{ traceId: new Uint8Array(0), spanId: new Uint8Array(0) }],
    stringTable: [''],
    attributeTable: [{ keyStrindex: 0, value: { stringValue: '' }, unitStrindex: 0 }],
    stackTable: [{ locationIndices: [] }],
  };
  private readonly strings = new Map<string, number>([['', 0]]);
  private readonly attributes = new Map<string, number>();
  private readonly mappings = new Map<string, number>();
  private readonly functions = new Map<string, number>();
  private readonly locations = new Map<FrameSpec, number>();
  private readonly stacks = new Map<StackSpec, number>();

  string(s: string): number {
    let i = this.strings.get(s);
    if (i === undefined) {
      i = this.dict.stringTable.push(s) - 1;
      this.strings.set(s, i);
    }
    return i;
  }

  /** An attribute_table entry (key_strindex form); equal key and value share one entry. */
  attribute(key: string, value: string | number): number {
    const id = `${key}\u0000${typeof value}\u0000${value}`;
    let i = this.attributes.get(id);
    if (i === undefined) {
      const v: AnyValueShape =
        typeof value === 'number' ? { intValue: intToLong(value) } : { stringValue: value };
      i =
        this.dict.attributeTable.push({
          keyStrindex: this.string(key),
          value: v,
          unitStrindex: 0,
        }) - 1;
      this.attributes.set(id, i);
    }
    return i;
  }

  link(traceId: Uint8Array, spanId: Uint8Array): number {
    return this.dict.linkTable.push({ traceId, spanId }) - 1;
  }

  stack(stack: StackSpec): number {
    let i = this.stacks.get(stack);
    if (i === undefined) {
      i = this.dict.stackTable.push({ locationIndices: stack.map((f) => this.location(f)) }) - 1;
      this.stacks.set(stack, i);
    }
    return i;
  }

  build(): ProfilesDictionaryShape {
    return this.dict;
  }

  private location(frame: FrameSpec): number {
    let i = this.locations.get(frame);
    if (i === undefined) {
      const location: LocationShape = {
        mappingIndex: frame.module === '' ? 0 : this.mapping(frame),
        address: u64ToLong(frame.address),
        lines: frame.lines.map((l) => ({
          functionIndex: this.function(l.functionName, l.fileName),
          line: intToLong(l.line),
          column: Long.ZERO,
        })),
        attributeIndices: [this.attribute('profile.frame.type', frame.frameType)],
      };
      i = this.dict.locationTable.push(location) - 1;
      this.locations.set(frame, i);
    }
    return i;
  }

  private mapping(frame: FrameSpec): number {
    let i = this.mappings.get(frame.module);
    if (i === undefined) {
      // Each module sits in its own address range; the pool's addresses are inside it.
      const start = frame.address & ~(mappingSize - 1n);
      i =
        this.dict.mappingTable.push({
          memoryStart: u64ToLong(start),
          memoryLimit: u64ToLong(start + mappingSize),
          fileOffset: Long.UZERO,
          filenameStrindex: this.string(frame.module),
          attributeIndices: [this.attribute('process.executable.build_id.gnu', frame.buildId)],
        }) - 1;
      this.mappings.set(frame.module, i);
    }
    return i;
  }

  private function(name: string, file: string): number {
    const id = `${name}\u0000${file}`;
    let i = this.functions.get(id);
    if (i === undefined) {
      const nameIndex = this.string(name);
      i =
        this.dict.functionTable.push({
          nameStrindex: nameIndex,
          systemNameStrindex: nameIndex,
          filenameStrindex: this.string(file),
          startLine: Long.ZERO,
        }) - 1;
      this.functions.set(id, i);
    }
    return i;
  }
}
