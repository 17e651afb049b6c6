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

/** A generated message type: read from protobuf bytes or from its OTLP/JSON object. */
interface MessageType<T> {
  decode(bytes: Uint8Array): T;
  fromObject(object: Record<string, unknown>): T;
}

function read<T>(type: MessageType<T>, answer: Uint8Array | { json: unknown }): T {
  return answer instanceof Uint8Array
    ? type.decode(answer)
    : type.fromObject(jsonObject(answer.json));
}

/** A trace Export answer, protobuf bytes or its OTLP/JSON body, read by the generated type. */
export function traceRefused(answer: Uint8Array | { json: unknown }): Refused {
  const p = read(otlpTypes.traceResponse, answer).partialSuccess;
  return { rejected: Number(p?.rejectedSpans ?? 0), errorMessage: p?.errorMessage ?? '' };
}

/** A profiles Export answer, protobuf bytes or its OTLP/JSON body, read by the generated type. */
export function profilesRefused(answer: Uint8Array | { json: unknown }): Refused {
  const p = read(otlpTypes.profilesResponse, answer).partialSuccess;
  return { rejected: Number(p?.rejectedProfiles ?? 0), errorMessage: p?.errorMessage ?? '' };
}

/** A google.rpc.Status answer (protobuf bytes or JSON): its code and message. */
export function statusOf(answer: Uint8Array | { json: unknown }): {
  code: number;
  message: string;
} {
  // The JSON details hold Any values of types we do not declare; code and message are enough.
  const object =
    answer instanceof Uint8Array
      ? answer
      : { json: pick(jsonObject(answer.json), 'code', 'message') };
  const m = read(otlpTypes.status, object);
  return { code: m.code, message: m.message };
}

function pick(object: Record<string, unknown>, ...keys: string[]): Record<string, unknown> {
  return Object.fromEntries(keys.map((k) => [k, object[k]]));
}

/** The reader of each signal's Export answer. */
export const refusedBy: Record<Signal, (answer: Uint8Array | { json: unknown }) => Refused> = {
  traces: traceRefused,
  profiles: profilesRefused,
};
