/**
 * The plain objects the load generator hands to protobufjs `encode` (camelCase field names of our
 * own .proto files in ingest/otlp/proto). Only the fields the bench sets are declared; 64-bit
 * fields are Long because protobufjs's writer parses decimal strings lossily.
 */
import Long from 'long';

/** common.v1.AnyValue with one oneof case set. */
export type AnyValueShape =
  { stringValue: string } | { intValue: Long } | { boolValue: boolean } | { doubleValue: number };

/** common.v1.KeyValue (resources and spans use the key string, not key_strindex). */
export interface KeyValueShape {
  key: string;
  value: AnyValueShape;
}

export interface ResourceShape {
  attributes: KeyValueShape[];
}

export interface ScopeShape {
  name: string;
  version: string;
}

/** trace.v1.Span.Event. */
export interface SpanEventShape {
  timeUnixNano: Long;
  name: string;
  attributes: KeyValueShape[];
}

/** trace.v1.Span; ids are raw bytes (16 for traces, 8 for spans). */
export interface SpanShape {
  traceId: Uint8Array;
  spanId: Uint8Array;
  parentSpanId: Uint8Array;
  name: string;
  /** Span.SpanKind: 1 internal, 2 server, 3 client. */
  kind: number;
  startTimeUnixNano: Long;
  endTimeUnixNano: Long;
  attributes: KeyValueShape[];
  events: SpanEventShape[];
  /** Status.code: 0 unset, 1 ok, 2 error. */
  status: { code: number; message: string };
}

export interface ExportTraceRequestShape {
  resourceSpans: {
    resource: ResourceShape;
    scopeSpans: { scope: ScopeShape; spans: SpanShape[] }[];
  }[];
}

/** profiles.v1development.ValueType: indices into the string table. */
export interface ValueTypeShape {
  typeStrindex: number;
  unitStrindex: number;
}

export interface SampleShape {
  stackIndex: number;
  attributeIndices: number[];
  /** 0 = no link. */
  linkIndex: number;
  /** One per hit, unix ns (fixed64). */
  timestampsUnixNano: Long[];
}

export interface ProfileShape {
  sampleType: ValueTypeShape;
  periodType: ValueTypeShape;
  /** Nanoseconds between hits of the sampling clock. */
  period: Long;
  timeUnixNano: Long;
  durationNano: Long;
  samples: SampleShape[];
}

export interface MappingShape {
  memoryStart: Long;
  memoryLimit: Long;
  fileOffset: Long;
  filenameStrindex: number;
  attributeIndices: number[];
}

export interface LocationShape {
  mappingIndex: number;
  address: Long;
  /** Empty for an unsymbolized native frame; several for inlined frames, caller last. */
  lines: { functionIndex: number; line: Long; column: Long }[];
  attributeIndices: number[];
}

export interface FunctionShape {
  nameStrindex: number;
  systemNameStrindex: number;
  filenameStrindex: number;
  startLine: Long;
}

/** profiles.v1development.KeyValueAndUnit: the attribute_table entry. */
export interface KeyValueAndUnitShape {
  keyStrindex: number;
  value: AnyValueShape;
  unitStrindex: number;
}

/** Every table's element 0 is the empty element. */
export interface ProfilesDictionaryShape {
  mappingTable: MappingShape[];
  locationTable: LocationShape[];
  functionTable: FunctionShape[];
  linkTable: { traceId: Uint8Array; spanId: Uint8Array }[];
  stringTable: string[];
  attributeTable: KeyValueAndUnitShape[];
  stackTable: { locationIndices: number[] }[];
}

export interface ExportProfilesRequestShape {
  resourceProfiles: {
    resource: ResourceShape;
    scopeProfiles: { scope: ScopeShape; profiles: ProfileShape[] }[];
  }[];
  dictionary: ProfilesDictionaryShape;
}

export function str(key: string, value: string): KeyValueShape {
  return { key, value: { stringValue: value } };
}

export function int(key: string, value: number): KeyValueShape {
  return { key, value: { intValue: Long.fromNumber(value) } };
}
