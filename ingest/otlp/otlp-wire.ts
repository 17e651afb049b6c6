/**
 * The OTLP wire: message types and codecs generated from the vendored protos under `proto/`
 * (`npm run proto:gen`; opentelemetry-proto at the release Collector v0.151.0 builds with). Ingest,
 * the demo, benches and tests encode and decode OTLP through this module only.
 *
 * What decoding gives, for both wire encodings: camelCase fields, 64-bit integers as Long, bytes as
 * Uint8Array, absent scalars as their proto3 defaults, absent sub-messages as null, and strings
 * with invalid UTF-8 read with U+FFFD in place of the bad bytes. The types below are the generated
 * ones, whose fields are optional: code that reads them supplies the default itself.
 */
import Long from 'long';
import protobuf from 'protobufjs/minimal.js';
import { google, opentelemetry } from './generated/otlp-wire.js';

// 64-bit fields (nanosecond times, addresses) must decode losslessly: protobufjs uses Long for them.
protobuf.util.Long = Long;
protobuf.configure();

import traceService = opentelemetry.proto.collector.trace.v1;
import profilesService = opentelemetry.proto.collector.profiles.v1development;

/** The message codecs ingest decodes and encodes. */
export const otlpTypes = {
  traceRequest: traceService.ExportTraceServiceRequest,
  traceResponse: traceService.ExportTraceServiceResponse,
  profilesRequest: profilesService.ExportProfilesServiceRequest,
  profilesResponse: profilesService.ExportProfilesServiceResponse,
  status: google.rpc.Status,
  retryInfo: google.rpc.RetryInfo,
} as const;

/** Which signal a request carries; selects the message types. */
export type Signal = 'traces' | 'profiles';

import common = opentelemetry.proto.common.v1;
import trace = opentelemetry.proto.trace.v1;
import profiles = opentelemetry.proto.profiles.v1development;

/** Span.SpanKind and Status.StatusCode, the enums of the trace protos. */
export const SpanKind = trace.Span.SpanKind;
export type SpanKind = trace.Span.SpanKind;
export const StatusCode = trace.Status.StatusCode;
export type StatusCode = trace.Status.StatusCode;

// The plain-object form of each message: what encode takes and what decoded fields hold.
export type ExportTraceServiceRequest = traceService.ExportTraceServiceRequest.$Properties;
export type ExportProfilesServiceRequest = profilesService.ExportProfilesServiceRequest.$Properties;
export type AnyValue = common.AnyValue.$Properties;
export type KeyValue = common.KeyValue.$Properties;
export type InstrumentationScope = common.InstrumentationScope.$Properties;
export type Resource = opentelemetry.proto.resource.v1.Resource.$Properties;
export type ResourceSpans = trace.ResourceSpans.$Properties;
export type Span = trace.Span.$Properties;
export type SpanEvent = trace.Span.Event.$Properties;
export type SpanLink = trace.Span.Link.$Properties;
export type ResourceProfiles = profiles.ResourceProfiles.$Properties;
export type Profile = profiles.Profile.$Properties;
export type Sample = profiles.Sample.$Properties;
export type ProfilesDictionary = profiles.ProfilesDictionary.$Properties;
export type Location = profiles.Location.$Properties;
export type Mapping = profiles.Mapping.$Properties;
export type ProfileFunction = profiles.Function.$Properties;
export type KeyValueAndUnit = profiles.KeyValueAndUnit.$Properties;

/** A 64-bit integer field as the generated types declare it (decoding gives Long). */
export type Int64 = number | Long | null | undefined;
