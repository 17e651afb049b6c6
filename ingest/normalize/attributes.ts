import { longToBigInt } from '../otlp/long-to-bigint';
import type { AnyValue, KeyValue } from '../otlp/otlp-wire';
import { validString } from '../rows/column-rules';
import type { Attributes } from './model';

/**
 * An AnyValue as the string the clickhouseexporter stores (pcommon.Value.AsString): strings as is,
 * integers in decimal, booleans as true/false, bytes as base64, arrays and maps as JSON.
 * `strings` resolves string_value_strindex in profiles.
 */
export function anyValueToString(
  value: AnyValue | null | undefined,
  strings?: readonly string[],
): string {
  if (!value) return '';
  switch (value.value) {
    case 'stringValue':
      return validString(value.stringValue ?? '');
    case 'intValue':
      return longToBigInt(value.intValue).toString();
    case 'boolValue':
      return value.boolValue ? 'true' : 'false';
    case 'doubleValue':
      return formatDouble(value.doubleValue ?? 0);
    case 'bytesValue':
      return Buffer.from(value.bytesValue ?? []).toString('base64');
    case 'stringValueStrindex':
      return strings?.[value.stringValueStrindex ?? 0] ?? '';
    case 'arrayValue':
    case 'kvlistValue':
      return JSON.stringify(anyValueToJson(value, strings));
    case undefined:
      return '';
  }
}

function anyValueToJson(value: AnyValue | null | undefined, strings?: readonly string[]): unknown {
  if (!value) return null;
  switch (value.value) {
    case 'arrayValue':
      return (value.arrayValue?.values ?? []).map((v) => anyValueToJson(v, strings));
    case 'kvlistValue':
      return Object.fromEntries(
        (value.kvlistValue?.values ?? []).map((kv) => [
          keyOf(kv, strings),
          anyValueToJson(kv.value, strings),
        ]),
      );
    case 'intValue':
      return Number(longToBigInt(value.intValue));
    case 'boolValue':
      return value.boolValue ?? false;
    case 'doubleValue':
      return value.doubleValue ?? 0;
    default:
      return anyValueToString(value, strings);
  }
}

function formatDouble(d: number): string {
  if (Number.isInteger(d)) return d.toFixed(0);
  return String(d);
}

function keyOf(kv: KeyValue, strings?: readonly string[]): string {
  if (kv.key) return validString(kv.key);
  return strings?.[kv.keyStrindex ?? 0] ?? '';
}

/** KeyValues to a flat record; later duplicates win, as in the collector's pcommon.Map. */
export function keyValuesToAttributes(
  kvs: readonly KeyValue[],
  strings?: readonly string[],
): Attributes {
  const out: Attributes = {};
  for (const kv of kvs) {
    const key = keyOf(kv, strings);
    if (key !== '') out[key] = anyValueToString(kv.value, strings);
  }
  return out;
}
