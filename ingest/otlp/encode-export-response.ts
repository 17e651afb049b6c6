import type { OtlpEncoding } from './decode-export-request';
import { otlpTypes, type Signal } from './otlp-wire';

/** The partial_success of an export response (OTLP: rejected_spans / rejected_profiles). */
export interface PartialSuccess {
  rejected: number;
  errorMessage: string;
}

/**
 * The Export response in the request's encoding. partial_success is set only when something was
 * rejected or there is a warning; a full success is an empty message.
 */
export function encodeExportResponse(
  signal: Signal,
  partial: PartialSuccess | null,
  encoding: OtlpEncoding,
): Uint8Array {
  const said = partial && (partial.rejected > 0 || partial.errorMessage !== '') ? partial : null;
  if (encoding === 'json') {
    // OTLP/JSON writes int64 as a decimal string.
    const rejectedField = signal === 'traces' ? 'rejectedSpans' : 'rejectedProfiles';
    const json = said
      ? {
          partialSuccess: {
            [rejectedField]: String(said.rejected),
            errorMessage: said.errorMessage,
          },
        }
      : {};
    return Buffer.from(JSON.stringify(json));
  }
  const errorMessage = said?.errorMessage ?? '';
  if (signal === 'traces') {
    const partialSuccess = said ? { rejectedSpans: said.rejected, errorMessage } : null;
    return otlpTypes.traceResponse.encode({ partialSuccess }).finish();
  }
  const partialSuccess = said ? { rejectedProfiles: said.rejected, errorMessage } : null;
  return otlpTypes.profilesResponse.encode({ partialSuccess }).finish();
}
