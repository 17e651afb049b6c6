/**
 * A growable byte buffer with the RowBinary primitives the engine reads: little-endian integers,
 * LEB128 lengths and length-prefixed UTF-8 strings. No BigInt on the hot paths: times and weights
 * arrive as text or doubles and are split into 32-bit halves exactly.
 */
export class RowBinaryWriter {
  private buf: Buffer;
  private pos = 0;

  constructor(initialBytes = 1 << 16) {
    this.buf = Buffer.allocUnsafe(initialBytes);
  }

  get length(): number {
    return this.pos;
  }

  /** The bytes written so far (a copy: the writer may go on and reuse its buffer). */
  bytes(): Buffer {
    return Buffer.from(this.buf.subarray(0, this.pos));
  }

  reset(): void {
    this.pos = 0;
  }

  private reserve(n: number): void {
    if (this.pos + n <= this.buf.length) return;
    let size = this.buf.length * 2;
    while (size < this.pos + n) size *= 2;
    const next = Buffer.allocUnsafe(size);
    this.buf.copy(next, 0, 0, this.pos);
    this.buf = next;
  }

  uint8(n: number): void {
    this.reserve(1);
    this.buf[this.pos++] = n;
  }

  /** An unsigned LEB128 integer (lengths of strings, arrays and maps), n < 2^53. */
  varUInt(n: number): void {
    this.reserve(10);
    let v = n;
    while (v >= 0x80) {
      this.buf[this.pos++] = (v % 0x80) | 0x80;
      v = Math.floor(v / 0x80);
    }
    this.buf[this.pos++] = v;
  }

  uint32(n: number): void {
    this.reserve(4);
    this.buf.writeUInt32LE(n, this.pos);
    this.pos += 4;
  }

  /** Two 32-bit halves of a 64-bit integer, low first. */
  private halves(lo: number, hi: number): void {
    this.reserve(8);
    this.buf.writeUInt32LE(lo >>> 0, this.pos);
    this.buf.writeUInt32LE(hi >>> 0, this.pos + 4);
    this.pos += 8;
  }

  /** A whole number |n| < 2^53 as Int64 (two's complement for negatives). */
  int64(n: number): void {
    this.halves(n >>> 0, Math.floor(n / 0x1_0000_0000));
  }

  /** A UInt64 or Int64 given as a bigint. */
  bigInt64(n: bigint): void {
    this.reserve(8);
    if (n < 0n) this.buf.writeBigInt64LE(n, this.pos);
    else this.buf.writeBigUInt64LE(n, this.pos);
    this.pos += 8;
  }

  /**
   * A DateTime64(9) tick count (ns since 1970) from whole seconds and the nanoseconds after them
   * (0 ≤ seconds < 2^33, 0 ≤ nanos < 10^9). seconds × 10^9 = seconds × 1953125 × 2^9, and
   * seconds × 1953125 < 2^53, so every step below is exact in doubles.
   */
  nanoTime(seconds: number, nanos: number): void {
    const a = seconds * 1953125;
    const aHi = Math.floor(a / 0x80_0000);
    const lo = (a - aHi * 0x80_0000) * 512 + nanos;
    const carry = Math.floor(lo / 0x1_0000_0000);
    this.halves(lo - carry * 0x1_0000_0000, aHi + carry);
  }

  /** A string as its UTF-8 byte length then its bytes; short ASCII strings without a native call. */
  string(s: string): void {
    const n = s.length;
    if (n < 0x80) {
      this.reserve(1 + n);
      const buf = this.buf;
      let p = this.pos + 1;
      for (let i = 0; i < n; i++) {
        const c = s.charCodeAt(i);
        if (c >= 0x80) {
          this.longString(s);
          return;
        }
        buf[p++] = c;
      }
      buf[this.pos] = n;
      this.pos = p;
      return;
    }
    this.longString(s);
  }

  private longString(s: string): void {
    const len = Buffer.byteLength(s, 'utf8');
    this.varUInt(len);
    this.reserve(len);
    this.buf.write(s, this.pos, len, 'utf8');
    this.pos += len;
  }
}
