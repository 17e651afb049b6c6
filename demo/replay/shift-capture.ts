import type Long from 'long';
import LongImpl from 'long';
import { otlpTypes } from '../../ingest/otlp/otlp-root';

type Message = Record<string, unknown>;

/** Fields holding unix-nanosecond times in OTLP trace and profile messages. */
const timeFields = new Set([
  'startTimeUnixNano',
  'endTimeUnixNano',
  'timeUnixNano',
  'timestampsUnixNano',
]);

function shiftLong(value: Long, deltaNs: bigint): Long {
  const shifted = BigInt(value.toString()) + deltaNs;
  return LongImpl.fromString(shifted.toString(), true);
}

/** Adds deltaNs to every time field of a decoded message tree, in place. */
function shiftTimes(node: unknown, deltaNs: bigint): void {
  if (Array.isArray(node)) {
    for (const item of node) shiftTimes(item, deltaNs);
    return;
  }
  if (typeof node !== 'object' || node === null || node instanceof Uint8Array) return;
  const message = node as Message;
  for (const key of Object.keys(message)) {
    const value = message[key];
    if (timeFields.has(key)) {
      if (Array.isArray(value)) message[key] = (value as Long[]).map((v) => shiftLong(v, deltaNs));
      else if (value && typeof value === 'object') {
        const l = value as Long;
        if (!l.isZero()) message[key] = shiftLong(l, deltaNs);
      }
    } else shiftTimes(value, deltaNs);
  }
}

/** Re-encodes a recorded OTLP request with every time moved by deltaNs. */
export function shiftCapture(
  signal: 'traces' | 'profiles',
  body: Uint8Array,
  deltaNs: bigint,
): Uint8Array {
  const type = signal === 'traces' ? otlpTypes.traceRequest : otlpTypes.profilesRequest;
  const message = type.toObject(type.decode(body), {
    longs: LongImpl,
    defaults: false,
    arrays: true,
  });
  shiftTimes(message, deltaNs);
  return type.encode(type.fromObject(message)).finish();
}
