/** Items dropped from a request, with why; becomes the OTLP partial_success of the response. */
export class Rejections {
  /** Number of rejected spans or profiles. */
  count = 0;
  private readonly reasons: string[] = [];

  reject(reason: string, items = 1): void {
    this.count += items;
    // Keep the response small: the first few reasons say enough to find the bad producer.
    if (this.reasons.length < 5) this.reasons.push(reason);
  }

  /** Adds another set of rejections, e.g. the decoder's to the normalizer's. */
  absorb(other: Rejections): void {
    for (const reason of other.reasons) this.reject(reason, 0);
    this.count += other.count;
  }

  message(): string {
    return this.reasons.join('; ');
  }
}
