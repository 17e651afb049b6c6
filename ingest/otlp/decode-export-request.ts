/**
 * One decoder for both transports and both encodings: bytes in, typed OTLP messages out.
 * gRPC and HTTP call these and do nothing else with the payload.
 */
import type { ExportProfilesServiceRequest, ExportTraceServiceRequest } from './messages';
import {
  jsonObjectToMessage,
  OtlpJsonError,
  otlpJsonProfilesToObject,
  otlpJsonTracesToObject,
  parseJsonBody,
} from './decode-json';
import { otlpTypes } from './otlp-root';
import { Rejections } from './rejections';

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
      const request = otlpTypes.traceRequest.decode(body) as unknown as ExportTraceServiceRequest;
      return { request, rejected: new Rejections() };
    }
    const { object, rejected } = otlpJsonTracesToObject(parseJsonBody(body));
    const message = jsonObjectToMessage(otlpTypes.traceRequest, object);
    return { request: message as unknown as ExportTraceServiceRequest, rejected };
  });
}

export function decodeExportProfilesRequest(
  body: Uint8Array,
  encoding: OtlpEncoding,
): Decoded<ExportProfilesServiceRequest> {
  return withDecodeErrors(() => {
    const message =
      encoding === 'protobuf'
        ? otlpTypes.profilesRequest.decode(body)
        : jsonObjectToMessage(
            otlpTypes.profilesRequest,
            otlpJsonProfilesToObject(parseJsonBody(body)),
          );
    return {
      request: message as unknown as ExportProfilesServiceRequest,
      rejected: new Rejections(),
    };
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
