/**
 * The building blocks of the OTLP requests tests and benches send, typed by the generated wire
 * types (ingest/otlp/otlp-wire.ts): attributes, ids, 64-bit integers and the OTLP/JSON form.
 */
import Long from 'long';
import type { AnyValue, KeyValue } from '@/ingest/otlp/otlp-wire';

/** An attribute value: a string, or an integer (int_value). */
export function anyValue(value: string | number): AnyValue {
  return typeof value === 'number' ? { intValue: Long.fromNumber(value) } : { stringValue: value };
}

/** A string attribute. */
export function str(key: string, value: string): KeyValue {
  return { key, value: { stringValue: value } };
}

/** An integer attribute. */
export function int(key: string, value: number): KeyValue {
  return { key, value: { intValue: Long.fromNumber(value) } };
}

/** A record of attributes as KeyValues, in insertion order. */
export function keyValues(attributes: Record<string, string | number>): KeyValue[] {
  return Object.entries(attributes).map(([key, value]) => ({ key, value: anyValue(value) }));
}

/** A hex id as bytes (a plain Uint8Array, not a Buffer, so that JSON sees bytes). */
export function idBytes(hex: string): Uint8Array {
  return Uint8Array.from(Buffer.from(hex, 'hex'));
}

/** An unsigned 64-bit integer (unix ns, an address) for fixed64/uint64 fields. */
export function u64(value: bigint): Long {
  return Long.fromBits(Number(value & 0xffffffffn), Number((value >> 32n) & 0xffffffffn), true);
}

/** A signed 64-bit integer for int64 fields. */
export function i64(value: bigint | number): Long {
  const bits = BigInt(value);
  return Long.fromBits(Number(bits & 0xffffffffn), Number((bits >> 32n) & 0xffffffffn), false);
}

/** A request in OTLP/JSON: ids and bytes as hex, 64-bit integers as decimal strings. */
export function otlpJson(message: object): string {
  return JSON.stringify(message, (_key, value: unknown) => {
    if (value instanceof Uint8Array) return Buffer.from(value).toString('hex');
    if (Long.isLong(value)) return value.toString();
    return value;
  });
}
