import Long from 'long';
import type {
  KeyValueAndUnit,
  Location,
  Mapping,
  ProfileFunction,
  ProfilesDictionary,
} from '@/ingest/otlp/otlp-wire';
import { anyValue, i64, u64 } from './otlp-values';

/** A Location: its mapping, address and lines (innermost inlined function first, caller last). */
export interface LocationSpec {
  mapping?: number;
  address?: bigint;
  lines?: { fn: number; line: number }[];
  /** The profiler's profile.frame.type attribute (native, kernel, go, v8js, …). */
  frameType?: string;
}

/** Where a mapping sits and what identifies its file. */
export interface MappingSpec {
  buildId?: string;
  memoryStart?: bigint;
  memoryLimit?: bigint;
}

/**
 * Builds one request's ProfilesDictionary the way the eBPF profiler does: every table starts with
 * its empty element, and each string, attribute, function and mapping is added once, on first
 * use. Locations, stacks and links are added as asked (callers that reuse them keep the index).
 */
export class ProfilesDictionaryBuilder {
  private readonly stringTable: string[] = [''];
  private readonly attributeTable: KeyValueAndUnit[] = [{}];
  private readonly functionTable: ProfileFunction[] = [{}];
  private readonly mappingTable: Mapping[] = [{}];
  private readonly locationTable: Location[] = [{}];
  private readonly stackTable: { locationIndices: number[] }[] = [{ locationIndices: [] }];
  private readonly linkTable: { traceId: Uint8Array; spanId: Uint8Array }[] = [
    { traceId: new Uint8Array(16), spanId: new Uint8Array(8) },
  ];
  private readonly strings = new Map<string, number>([['', 0]]);
  private readonly attributes = new Map<string, number>();
  private readonly functions = new Map<string, number>();
  private readonly mappings = new Map<string, number>();

  string(s: string): number {
    let i = this.strings.get(s);
    if (i === undefined) {
      i = this.stringTable.push(s) - 1;
      this.strings.set(s, i);
    }
    return i;
  }

  /** An attribute_table entry (key_strindex form); equal key and value share one entry. */
  attribute(key: string, value: string | number): number {
    const id = `${key}\u0000${typeof value}\u0000${value}`;
    let i = this.attributes.get(id);
    if (i === undefined) {
      const entry = { keyStrindex: this.string(key), value: anyValue(value), unitStrindex: 0 };
      i = this.attributeTable.push(entry) - 1;
      this.attributes.set(id, i);
    }
    return i;
  }

  function(name: string, file = '', systemName = ''): number {
    const id = `${name}\u0000${file}\u0000${systemName}`;
    let i = this.functions.get(id);
    if (i === undefined) {
      i =
        this.functionTable.push({
          nameStrindex: this.string(name),
          systemNameStrindex: this.string(systemName),
          filenameStrindex: this.string(file),
          startLine: Long.ZERO,
        }) - 1;
      this.functions.set(id, i);
    }
    return i;
  }

  mapping(file: string, spec: MappingSpec = {}): number {
    const id = `${file}\u0000${spec.buildId ?? ''}`;
    let i = this.mappings.get(id);
    if (i === undefined) {
      i =
        this.mappingTable.push({
          memoryStart: u64(spec.memoryStart ?? 0n),
          memoryLimit: u64(spec.memoryLimit ?? 0n),
          fileOffset: Long.UZERO,
          filenameStrindex: this.string(file),
          attributeIndices: spec.buildId
            ? [this.attribute('process.executable.build_id.gnu', spec.buildId)]
            : [],
        }) - 1;
      this.mappings.set(id, i);
    }
    return i;
  }

  location(spec: LocationSpec): number {
    return (
      this.locationTable.push({
        mappingIndex: spec.mapping ?? 0,
        address: u64(spec.address ?? 0n),
        lines: (spec.lines ?? []).map((l) => ({ functionIndex: l.fn, line: i64(l.line) })),
        attributeIndices: spec.frameType
          ? [this.attribute('profile.frame.type', spec.frameType)]
          : [],
      }) - 1
    );
  }

  /** A stack of location indices, leaf first. */
  stack(locationIndices: number[]): number {
    return this.stackTable.push({ locationIndices }) - 1;
  }

  link(traceId: Uint8Array, spanId: Uint8Array): number {
    return this.linkTable.push({ traceId, spanId }) - 1;
  }

  build(): ProfilesDictionary {
    return {
      mappingTable: this.mappingTable,
      locationTable: this.locationTable,
      functionTable: this.functionTable,
      linkTable: this.linkTable,
      stringTable: this.stringTable,
      attributeTable: this.attributeTable,
      stackTable: this.stackTable,
    };
  }
}
