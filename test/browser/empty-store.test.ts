import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { launchChromium, screenshotDir } from '../support/browser';
import { startWebServer, type WebServer } from './web-server';

describe('the explorer on an empty store', () => {
  let web: WebServer;
  let browser: Browser | undefined;
  before(async () => {
    web = await startWebServer();
  });
  after(async () => {
    await browser?.close();
    await web.stop();
  });

  it('tells a new user where to send OTLP data and how to get some', async (t) => {
    browser = await launchChromium(t);
    if (!browser) return;
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    page.setDefaultTimeout(20_000);
    await page.goto(`${web.url}/`);
    const howTo = page.getByRole('region', { name: /no traces yet/i });
    await howTo.waitFor();
    const text = await howTo.innerText();
    for (const expected of [
      ':4317',
      ':4318',
      'POST /v1/traces',
      'POST /v1development/profiles',
      'npm run agent',
      'npm run demo',
    ]) {
      assert.ok(text.includes(expected), `the how-to mentions ${expected}:\n${text}`);
    }
    // No table of spans or broken scatter plot around it.
    assert.equal(await page.locator('table.span-table').count(), 0);
    await page.screenshot({ path: path.join(screenshotDir, 'empty-store.png') });
  });
});
