import type Long from 'long';

/** A 64-bit OTLP integer (protobufjs Long) as a bigint, never through a lossy number. */
export function longToBigInt(value: Long): bigint {
  const bits = (BigInt(value.high >>> 0) << 32n) | BigInt(value.low >>> 0);
  return value.unsigned ? bits : BigInt.asIntN(64, bits);
}

/** An unsigned 64-bit OTLP integer as a decimal string (what ClickHouse takes for DateTime64(9)). */
export function longToDecimal(value: Long): string {
  if (value.high === 0) return String(value.low >>> 0);
  return longToBigInt(value).toString();
}
