import type Long from 'long';

/** A 64-bit OTLP integer (protobufjs Long) as a bigint, never through a lossy number. */
export function longToBigInt(value: Long): bigint {
  const bits = (BigInt(value.high >>> 0) << 32n) | BigInt(value.low >>> 0);
  return value.unsigned ? bits : BigInt.asIntN(64, bits);
}

/**
 * An unsigned 64-bit count of nanoseconds as `seconds.nanoseconds`, the text ClickHouse reads
 * into DateTime64(9) exactly. Divides by 1e9 in 16-bit steps so every intermediate stays an exact
 * double: no BigInt on the hot path of every sample timestamp.
 */
export function nanosToDecimalSeconds(value: Long): string {
  const hi = value.high >>> 0;
  const lo = value.low >>> 0;
  const limbs = [hi >>> 16, hi & 0xffff, lo >>> 16, lo & 0xffff];
  let rest = 0;
  let seconds = 0;
  for (const limb of limbs) {
    const cur = rest * 65536 + limb; // < 1e9 * 65536: exact
    const q = Math.floor(cur / 1e9);
    rest = cur - q * 1e9;
    seconds = seconds * 65536 + q; // seconds < 2^53 for any uint64 / 1e9
  }
  return `${seconds}.${String(rest).padStart(9, '0')}`;
}
