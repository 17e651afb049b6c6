import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import type { TestContext } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { requireOrSkip } from './require-or-skip';

/** Debian's Chromium, installed by scripts/install-test-deps.sh (npm test runs it). */
export const chromiumPath = '/usr/bin/chromium';

/** Where browser tests leave screenshots for a person to look at. */
export const screenshotDir = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../test-results/screenshots',
);

/**
 * Launches headless Chromium, or skips the test (fails under TRACEPROF_REQUIRE_ALL=1) when it is
 * not installed. The flags keep it off the network, which this machine does not have.
 */
export async function launchChromium(t: TestContext): Promise<Browser | undefined> {
  if (!requireOrSkip(t, existsSync(chromiumPath), `no Chromium at ${chromiumPath}`))
    return undefined;
  mkdirSync(screenshotDir, { recursive: true });
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
