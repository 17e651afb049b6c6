/** Lowercase hex of an OTLP id, '' for an absent (empty) id, as the clickhouseexporter writes ids. */
export function idToHex(id: Uint8Array | null | undefined): string {
  if (!id || id.length === 0) return '';
  return Buffer.from(id.buffer, id.byteOffset, id.length).toString('hex');
}

/** An OTLP bytes field; an absent one is empty. */
export function bytesOf(field: Uint8Array | null | undefined): Uint8Array {
  return field ?? noBytes;
}

const noBytes = new Uint8Array(0);

/** True when every byte is zero: OTLP treats an all-zero trace or span id as invalid. */
export function isAllZero(id: Uint8Array): boolean {
  for (const b of id) if (b !== 0) return false;
  return true;
}

/** Parses an OTLP/JSON id (case-insensitive hex); undefined when it is not hex of the given length. */
export function hexToId(hex: unknown, bytes: number): Uint8Array | undefined {
  if (typeof hex !== 'string' || hex.length !== bytes * 2 || !/^[0-9a-fA-F]*$/.test(hex)) {
    return undefined;
  }
  return Buffer.from(hex, 'hex');
}
