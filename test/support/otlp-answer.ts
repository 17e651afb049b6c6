import assert from 'node:assert/strict';
import { otlpTypes, type Signal } from '@/ingest/otlp/otlp-wire';

/** What an Export answer says of the items it refused (none when it has no partial_success). */
export interface Refused {
  rejected: number;
  errorMessage: string;
}

/** An OTLP/JSON answer body as an object the generated decoders read. */
function jsonObject(json: unknown): Record<string, unknown> {
  assert.ok(typeof json === 'object' && json !== null && !Array.isArray(json), 'a JSON object');
  return Object.fromEntries(Object.entries(json));
}

/** A trace Export answer, protobuf bytes or its OTLP/JSON body, read by the generated type. */
export function traceRefused(answer: Uint8Array | { json: unknown }): Refused {
  const m =
    answer instanceof Uint8Array
      ? otlpTypes.traceResponse.decode(answer)
      : otlpTypes.traceResponse.fromObject(jsonObject(answer.json));
  return {
    rejected: Number(m.partialSuccess?.rejectedSpans ?? 0),
    errorMessage: m.partialSuccess?.errorMessage ?? '',
  };
}

/** A profiles Export answer, protobuf bytes or its OTLP/JSON body, read by the generated type. */
export function profilesRefused(answer: Uint8Array | { json: unknown }): Refused {
  const m =
    answer instanceof Uint8Array
      ? otlpTypes.profilesResponse.decode(answer)
      : otlpTypes.profilesResponse.fromObject(jsonObject(answer.json));
  return {
    rejected: Number(m.partialSuccess?.rejectedProfiles ?? 0),
    errorMessage: m.partialSuccess?.errorMessage ?? '',
  };
}

/** A google.rpc.Status answer (protobuf bytes or JSON): its code and message. */
export function statusOf(answer: Uint8Array | { json: unknown }): {
  code: number;
  message: string;
} {
  if (answer instanceof Uint8Array) {
    const m = otlpTypes.status.decode(answer);
    return { code: m.code, message: m.message };
  }
  // The JSON details hold Any values of types we do not declare; code and message are enough.
  const { code, message } = jsonObject(answer.json);
  const m = otlpTypes.status.fromObject({ code, message });
  return { code: m.code, message: m.message };
}

/** The reader of each signal's Export answer. */
export const refusedBy: Record<Signal, (answer: Uint8Array | { json: unknown }) => Refused> = {
  traces: traceRefused,
  profiles: profilesRefused,
};
