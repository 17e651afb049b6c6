import assert from 'node:assert/strict';
import { after, before, type TestContext } from 'node:test';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { launchChromium } from '../support/browser';
import { startWebServer, type WebServer } from './web-server';

/** The window of every browser test: the span view must fit it without scrolling the page. */
export const viewport = { width: 1440, height: 900 };

export interface OpenedPage {
  page: Page;
  context: BrowserContext;
  /** Uncaught errors of the page, for the test to assert on. */
  errors: string[];
}

export interface BrowserSuite {
  /** The server of the suite, started before its tests over a fresh store. */
  readonly web: WebServer;
  /**
   * A page in a new browser context of the standard viewport; undefined when Chromium is missing
   * and the test was skipped (a failure under TRACEPROF_REQUIRE_ALL=1).
   */
  newPage(t: TestContext, options?: BrowserContextOptions): Promise<OpenedPage | undefined>;
}

/**
 * Registers, in the enclosing describe, a real server over a fresh store (given its data by
 * `seed`, its environment extended by `env`) and one headless Chromium shared by the suite's
 * tests; both are closed after them.
 */
export function browserSuite(
  seed?: (web: WebServer) => Promise<void>,
  env: Record<string, string> = {},
): BrowserSuite {
  let web: WebServer | undefined;
  let browser: Browser | undefined;
  before(async () => {
    web = await startWebServer(env);
    await seed?.(web);
  });
  after(async () => {
    await browser?.close();
    await web?.stop();
  });
  return {
    get web() {
      assert.ok(web, 'the server starts before the tests');
      return web;
    },
    async newPage(t, options = {}) {
      browser ??= await launchChromium(t);
      if (!browser) return undefined;
      const context = await browser.newContext({ viewport, ...options });
      const page = await context.newPage();
      page.setDefaultTimeout(20_000);
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      return { page, context, errors };
    },
  };
}

/** The page fits the viewport: panels may scroll inside, the page itself must not. */
export async function assertNoPageScroll(page: Page): Promise<void> {
  const size = await page.evaluate(() => ({
    height: document.documentElement.scrollHeight,
    width: document.documentElement.scrollWidth,
  }));
  assert.ok(size.height <= viewport.height, `page is ${size.height}px tall`);
  assert.ok(size.width <= viewport.width, `page is ${size.width}px wide`);
}
