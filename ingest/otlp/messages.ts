/**
 * Decoded OTLP messages, as protobufjs presents them for both wire encodings: camelCase fields,
 * 64-bit integers as Long, bytes as Uint8Array, absent sub-messages as null, absent scalars as
 * their proto3 defaults. These types live only in ingest/otlp and ingest/normalize.
 */
import type Long from 'long';

/** The oneof case of an AnyValue: the name of the field that is set, or undefined for an empty value. */
export type AnyValueCase =
  | 'stringValue'
  | 'boolValue'
  | 'intValue'
  | 'doubleValue'
  | 'arrayValue'
  | 'kvlistValue'
  | 'bytesValue'
  | 'stringValueStrindex';

export interface AnyValue {
  value?: AnyValueCase | undefined;
  stringValue: string;
  boolValue: boolean;
  intValue: Long;
  doubleValue: number;
  arrayValue: { values: AnyValue[] } | null;
  kvlistValue: { values: KeyValue[] } | null;
  bytesValue: Uint8Array;
  stringValueStrindex: number;
}

export interface KeyValue {
  key: string;
  value: AnyValue | null;
  keyStrindex: number;
}

export interface Resource {
  attributes: KeyValue[];
}

export interface InstrumentationScope {
  name: string;
  version: string;
  attributes: KeyValue[];
}

export interface SpanEvent {
  timeUnixNano: Long;
  name: string;
  attributes: KeyValue[];
}

export interface SpanLink {
  traceId: Uint8Array;
  spanId: Uint8Array;
  traceState: string;
  attributes: KeyValue[];
}

export interface Span {
  traceId: Uint8Array;
  spanId: Uint8Array;
  traceState: string;
  parentSpanId: Uint8Array;
  name: string;
  /** Span.SpanKind: 0 unspecified, 1 internal, 2 server, 3 client, 4 producer, 5 consumer. */
  kind: number;
  startTimeUnixNano: Long;
  endTimeUnixNano: Long;
  attributes: KeyValue[];
  events: SpanEvent[];
  links: SpanLink[];
  /** Status.code: 0 unset, 1 ok, 2 error. */
  status: { message: string; code: number } | null;
}

export interface ExportTraceServiceRequest {
  resourceSpans: {
    resource: Resource | null;
    scopeSpans: { scope: InstrumentationScope | null; spans: Span[] }[];
  }[];
}

export interface ValueType {
  typeStrindex: number;
  unitStrindex: number;
}

export interface Sample {
  stackIndex: number;
  attributeIndices: number[];
  linkIndex: number;
  values: Long[];
  timestampsUnixNano: Long[];
}

export interface Profile {
  sampleType: ValueType | null;
  samples: Sample[];
  timeUnixNano: Long;
  durationNano: Long;
  periodType: ValueType | null;
  period: Long;
  profileId: Uint8Array;
  attributeIndices: number[];
}

export interface Mapping {
  memoryStart: Long;
  memoryLimit: Long;
  fileOffset: Long;
  filenameStrindex: number;
  attributeIndices: number[];
}

export interface Line {
  functionIndex: number;
  line: Long;
  column: Long;
}

export interface Location {
  mappingIndex: number;
  address: Long;
  lines: Line[];
  attributeIndices: number[];
}

export interface ProfileFunction {
  nameStrindex: number;
  systemNameStrindex: number;
  filenameStrindex: number;
  startLine: Long;
}

export interface KeyValueAndUnit {
  keyStrindex: number;
  value: AnyValue | null;
  unitStrindex: number;
}

export interface ProfilesDictionary {
  mappingTable: Mapping[];
  locationTable: Location[];
  functionTable: ProfileFunction[];
  linkTable: { traceId: Uint8Array; spanId: Uint8Array }[];
  stringTable: string[];
  attributeTable: KeyValueAndUnit[];
  stackTable: { locationIndices: number[] }[];
}

export interface ExportProfilesServiceRequest {
  resourceProfiles: {
    resource: Resource | null;
    scopeProfiles: { scope: InstrumentationScope | null; profiles: Profile[] }[];
  }[];
  dictionary: ProfilesDictionary | null;
}

/** Which signal a request carries; selects the message types. */
export type Signal = 'traces' | 'profiles';

/** The partial_success of an export response (OTLP: rejected_spans / rejected_profiles). */
export interface PartialSuccess {
  rejected: number;
  errorMessage: string;
}
