/**
 * A small seeded generator (mulberry32) so every run sends the same shapes and sizes; Math.random
 * would make payload sizes, and so results, drift between runs.
 */
export class SeededRandom {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  }

  /** Random bytes with at least one non-zero byte (OTLP treats all-zero ids as absent). */
  id(length: number): Uint8Array {
    const out = new Uint8Array(length);
    for (let i = 0; i < length; i++) out[i] = Math.floor(this.next() * 256);
    out[0] = (out[0] ?? 0) | 1;
    return out;
  }

  hex(length: number): string {
    return Buffer.from(this.id(length)).toString('hex');
  }
}

/** Now as unix nanoseconds; ms precision is all the payload times need. */
export function nowNs(): bigint {
  return BigInt(Date.now()) * 1_000_000n;
}
