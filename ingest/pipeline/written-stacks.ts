/**
 * Stack ids already in profile_stacks, so each distinct stack is written about once an hour rather
 * than once per request. An id is added only after its insert succeeded; entries age out so that
 * a stack still in use gets a fresh LastSeen before its TTL runs out.
 */
export class WrittenStacks {
  private readonly seen = new Map<string, number>();

  constructor(
    private readonly maxEntries = 500_000,
    private readonly refreshMs = 60 * 60 * 1000,
  ) {}

  has(stackId: string, now: number): boolean {
    const at = this.seen.get(stackId);
    return at !== undefined && now - at < this.refreshMs;
  }

  add(stackIds: readonly string[], now: number): void {
    for (const id of stackIds) {
      this.seen.delete(id);
      this.seen.set(id, now);
    }
    while (this.seen.size > this.maxEntries) {
      const oldest = this.seen.keys().next().value;
      if (oldest === undefined) break;
      this.seen.delete(oldest);
    }
  }
}
