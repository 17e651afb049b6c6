import type { TestContext } from 'node:test';
import { goBinaries } from '@/scripts/test-run/go-binaries.mjs';
import { NO_GO } from '@/scripts/test-run/prepare.mjs';
import { requireOrSkip } from './require-or-skip';

type BuiltName = keyof typeof goBinaries;

/**
 * The path of a Go program this test runs (the agent, its launcher, the Go demo service). `npm
 * test` builds each one at most once, before the tests start, for the files that call this
 * (scripts/test-run/prepare.mjs); a test never builds it. Without Go the test skips (fails with
 * TRACEPROF_REQUIRE_ALL=1); a program that should have been built and is not fails the test with
 * the build's reason. Returns undefined when the test was skipped.
 */
export function requireBuilt(t: TestContext, name: BuiltName): string | undefined {
  const binary = goBinaries[name];
  if (binary.upToDate()) return binary.path;
  const failures = JSON.parse(process.env.TRACEPROF_BUILD_FAILURES ?? '{}') as Record<
    string,
    string | undefined
  >;
  const why = failures[name];
  if (why === NO_GO) {
    requireOrSkip(t, false, `${binary.what}: ${why}`);
    return undefined;
  }
  throw new Error(
    `${binary.what} is not built: ${why ?? 'run this file through `npm test -- <file>`, which builds it first'}`,
  );
}
