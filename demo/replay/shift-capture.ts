import type Long from 'long';
import LongImpl from 'long';
import { otlpTypes } from '@/ingest/otlp/otlp-wire';

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
  const options = { longs: LongImpl, defaults: false, arrays: true };
  const { traceRequest: traces, profilesRequest: profiles } = otlpTypes;
  if (signal === 'traces') {
    const message = traces.toObject(traces.decode(body), options);
    shiftTimes(message, deltaNs);
    return traces.encode(traces.fromObject(message)).finish();
  }
  const message = profiles.toObject(profiles.decode(body), options);
  shiftTimes(message, deltaNs);
  return profiles.encode(profiles.fromObject(message)).finish();
}
