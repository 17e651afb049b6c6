import type { PartialSuccess, Signal } from './messages';
import type { OtlpEncoding } from './decode-export-request';
import { otlpTypes } from './otlp-root';

/**
 * The Export response in the request's encoding. partial_success is set only when something was
 * rejected or there is a warning; a full success is an empty message.
 */
export function encodeExportResponse(
  signal: Signal,
  partial: PartialSuccess | null,
  encoding: OtlpEncoding,
): Uint8Array {
  const rejectedField = signal === 'traces' ? 'rejectedSpans' : 'rejectedProfiles';
  const partialSuccess =
    partial && (partial.rejected > 0 || partial.errorMessage !== '')
      ? { [rejectedField]: partial.rejected, errorMessage: partial.errorMessage }
      : undefined;
  if (encoding === 'json') {
    // OTLP/JSON writes int64 as a decimal string.
    const json = partialSuccess
      ? {
          partialSuccess: {
            [rejectedField]: String(partial?.rejected ?? 0),
            errorMessage: partial?.errorMessage ?? '',
          },
        }
      : {};
    return Buffer.from(JSON.stringify(json));
  }
  const type = signal === 'traces' ? otlpTypes.traceResponse : otlpTypes.profilesResponse;
  return type.encode(type.fromObject(partialSuccess ? { partialSuccess } : {})).finish();
}
