import type { TestContext } from 'node:test';

/**
 * Skips a test whose prerequisite (root, eBPF, Go, Chromium) is missing, with a one-line reason;
 * with TRACEPROF_REQUIRE_ALL=1 (as CI sets) a missing prerequisite fails the test instead.
 * Returns true when the test may go on.
 */
export function requireOrSkip(t: TestContext, available: boolean, reason: string): boolean {
  if (available) return true;
  if (process.env.TRACEPROF_REQUIRE_ALL === '1') {
    throw new Error(`required but unavailable (TRACEPROF_REQUIRE_ALL=1): ${reason}`);
  }
  t.skip(reason);
  return false;
}
