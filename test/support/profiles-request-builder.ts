import { otlpTypes } from '../../ingest/otlp/otlp-root';

type Plain = Record<string, unknown>;

export interface SampleSpec {
  stack: number;
  attributes?: number[];
  link?: number;
  values?: (number | bigint)[];
  timestampsNs?: bigint[];
}

export interface ProfileSpec {
  sampleType: [string, string];
  periodType?: [string, string];
  period?: number;
  timeNs?: bigint;
  samples: SampleSpec[];
}

export interface LocationSpec {
  mapping?: number;
  address?: bigint;
  /** Innermost (inlined) first, caller last, as in OTLP Location.lines. */
  lines?: { fn: number; line: number }[];
  frameType?: string;
}

/**
 * Builds an ExportProfilesServiceRequest the way an eBPF profiler would: one dictionary whose
 * tables start with the empty element, interned strings, and resources that index into it.
 */
export class ProfilesRequestBuilder {
  private readonly strings: string[] = [''];
  private readonly stringIndex = new Map<string, number>([['', 0]]);
  private readonly attributeTable: Plain[] = [{}];
  private readonly functionTable: Plain[] = [{}];
  private readonly mappingTable: Plain[] = [{}];
  private readonly locationTable: Plain[] = [{}];
  private readonly stackTable: Plain[] = [{}];
  private readonly linkTable: Plain[] = [
    { traceId: new Uint8Array(16), spanId: new Uint8Array(8) },
  ];
  private readonly resourceProfiles: Plain[] = [];

  str(s: string): number {
    let i = this.stringIndex.get(s);
    if (i === undefined) {
      i = this.strings.push(s) - 1;
      this.stringIndex.set(s, i);
    }
    return i;
  }

  attr(key: string, value: string | number): number {
    const v = typeof value === 'number' ? { intValue: String(value) } : { stringValue: value };
    return this.attributeTable.push({ keyStrindex: this.str(key), value: v }) - 1;
  }

  fn(name: string, file = ''): number {
    return (
      this.functionTable.push({ nameStrindex: this.str(name), filenameStrindex: this.str(file) }) -
      1
    );
  }

  mapping(file: string, buildId?: string): number {
    const attributeIndices = buildId ? [this.attr('process.executable.build_id.gnu', buildId)] : [];
    return this.mappingTable.push({ filenameStrindex: this.str(file), attributeIndices }) - 1;
  }

  location(spec: LocationSpec): number {
    return (
      this.locationTable.push({
        mappingIndex: spec.mapping ?? 0,
        address: (spec.address ?? 0n).toString(),
        lines: (spec.lines ?? []).map((l) => ({ functionIndex: l.fn, line: String(l.line) })),
        attributeIndices: spec.frameType ? [this.attr('profile.frame.type', spec.frameType)] : [],
      }) - 1
    );
  }

  /** Location indices leaf first. */
  stack(locations: number[]): number {
    return this.stackTable.push({ locationIndices: locations }) - 1;
  }

  link(traceIdHex: string, spanIdHex: string): number {
    return (
      this.linkTable.push({
        // Plain Uint8Array, not Buffer: Buffer.toJSON would hide the bytes from toJson's replacer.
        traceId: Uint8Array.from(Buffer.from(traceIdHex, 'hex')),
        spanId: Uint8Array.from(Buffer.from(spanIdHex, 'hex')),
      }) - 1
    );
  }

  resource(attributes: Record<string, string | number>, profiles: ProfileSpec[]): this {
    this.resourceProfiles.push({
      resource: {
        attributes: Object.entries(attributes).map(([key, value]) => ({
          key,
          value: typeof value === 'number' ? { intValue: String(value) } : { stringValue: value },
        })),
      },
      scopeProfiles: [
        { scope: { name: 'test-profiler' }, profiles: profiles.map((p) => this.profile(p)) },
      ],
    });
    return this;
  }

  private profile(p: ProfileSpec): Plain {
    return {
      sampleType: {
        typeStrindex: this.str(p.sampleType[0]),
        unitStrindex: this.str(p.sampleType[1]),
      },
      periodType: p.periodType
        ? { typeStrindex: this.str(p.periodType[0]), unitStrindex: this.str(p.periodType[1]) }
        : null,
      period: String(p.period ?? 0),
      timeUnixNano: String(p.timeNs ?? 0n),
      samples: p.samples.map((s) => ({
        stackIndex: s.stack,
        attributeIndices: s.attributes ?? [],
        linkIndex: s.link ?? 0,
        values: (s.values ?? []).map(String),
        timestampsUnixNano: (s.timestampsNs ?? []).map(String),
      })),
    };
  }

  /** The request as a plain object in protobufjs field names (bytes as Uint8Array). */
  toObject(): Plain {
    return {
      resourceProfiles: this.resourceProfiles,
      dictionary: {
        mappingTable: this.mappingTable,
        locationTable: this.locationTable,
        functionTable: this.functionTable,
        linkTable: this.linkTable,
        stringTable: this.strings,
        attributeTable: this.attributeTable,
        stackTable: this.stackTable,
      },
    };
  }

  /** Binary protobuf, as gRPC and application/x-protobuf carry it. */
  encode(): Uint8Array {
    const type = otlpTypes.profilesRequest;
    return type.encode(type.fromObject(this.toObject())).finish();
  }

  /** OTLP/JSON: ids in hex, 64-bit integers as strings. */
  toJson(): string {
    return JSON.stringify(this.toObject(), (_key, value: unknown) =>
      value instanceof Uint8Array ? Buffer.from(value).toString('hex') : value,
    );
  }
}
