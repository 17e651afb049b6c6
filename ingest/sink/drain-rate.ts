/**
 * The store's measured pace for one table: encoded bytes it takes per millisecond, smoothed over
 * recent inserts. Admission and batch sizes are decided from it, so they follow the store as it
 * speeds up or slows down (merges, other queries, a busier machine).
 */
export class DrainRate {
  private bytesPerMs = 0;

  /** Whether an insert has finished yet: before that, nothing is known of the store's pace. */
  get known(): boolean {
    return this.bytesPerMs > 0;
  }

  /** Bytes the store takes per ms, 0 until an insert has finished. */
  get rate(): number {
    return this.bytesPerMs;
  }

  /** Records one insert of `bytes` that took `ms`. */
  record(bytes: number, ms: number): void {
    const rate = bytes / Math.max(ms, 1);
    this.bytesPerMs = this.bytesPerMs === 0 ? rate : 0.7 * this.bytesPerMs + 0.3 * rate;
  }

  /** How long the store takes for `bytes` at its measured pace, ms (0 while unknown). */
  msFor(bytes: number): number {
    return this.known ? bytes / this.bytesPerMs : 0;
  }

  /** How many bytes the store takes within `ms` at its measured pace (Infinity while unknown). */
  bytesWithin(ms: number): number {
    return this.known ? this.bytesPerMs * ms : Infinity;
  }
}
