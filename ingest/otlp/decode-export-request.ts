/**
 * One decoder for both transports and both encodings: bytes in, typed OTLP messages out.
 * gRPC and HTTP call these and do nothing else with the payload.
 */
import {
  jsonObjectToMessage,
  OtlpJsonError,
  otlpJsonProfilesToObject,
  otlpJsonTracesToObject,
  parseJsonBody,
} from './decode-json';
import {
  otlpTypes,
  type ExportProfilesServiceRequest,
  type ExportTraceServiceRequest,
} from './otlp-wire';
import { Rejections } from './rejections';
import { oldSampleNumbering } from './sample-field-numbers';

/** How a body is encoded: binary protobuf (gRPC, application/x-protobuf) or OTLP/JSON. */
export type OtlpEncoding = 'protobuf' | 'json';

/** The body could not be decoded at all: 400 / INVALID_ARGUMENT, nothing stored. */
export class OtlpDecodeError extends Error {}

export interface Decoded<T> {
  request: T;
  /** Items the decoder already had to drop (malformed ids in OTLP/JSON). */
  rejected: Rejections;
}

export function decodeExportTraceRequest(
  body: Uint8Array,
  encoding: OtlpEncoding,
): Decoded<ExportTraceServiceRequest> {
  return withDecodeErrors(() => {
    if (encoding === 'protobuf') {
      return { request: otlpTypes.traceRequest.decode(body), rejected: new Rejections() };
    }
    const { object, rejected } = otlpJsonTracesToObject(parseJsonBody(body));
    return { request: jsonObjectToMessage(otlpTypes.traceRequest, object), rejected };
  });
}

export function decodeExportProfilesRequest(
  body: Uint8Array,
  encoding: OtlpEncoding,
): Decoded<ExportProfilesServiceRequest> {
  if (encoding === 'protobuf') {
    const old = oldSampleNumbering(body);
    if (old !== undefined) {
      throw new OtlpDecodeError(
        `${old} uses the Sample field numbers of OTLP profiles before 1.10 (values = 2, ` +
          `attribute_indices = 3, link_index = 4), which Collectors before v0.148 send; traceprof ` +
          `reads OTLP profiles 1.10 (attribute_indices = 2, link_index = 3, values = 4): upgrade ` +
          `the sender to Collector v0.148 or newer`,
      );
    }
  }
  return withDecodeErrors(() => {
    const request =
      encoding === 'protobuf'
        ? otlpTypes.profilesRequest.decode(body)
        : jsonObjectToMessage(
            otlpTypes.profilesRequest,
            otlpJsonProfilesToObject(parseJsonBody(body)),
          );
    return { request, rejected: new Rejections() };
  });
}

function withDecodeErrors<T>(decode: () => T): T {
  try {
    return decode();
  } catch (e) {
    if (e instanceof OtlpJsonError) throw new OtlpDecodeError(e.message);
    // protobufjs throws RangeError ("index out of range") or Error ("invalid wire type") on bad bytes.
    throw new OtlpDecodeError(`body is not a valid OTLP protobuf message: ${(e as Error).message}`);
  }
}
