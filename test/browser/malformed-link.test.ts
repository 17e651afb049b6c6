import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it, type TestContext } from 'node:test';
import type { Page } from 'playwright-core';
import { screenshotDir } from '../support/browser';
import { browserSuite } from './browser-suite';

describe('links that do not lead to a span', () => {
  const suite = browserSuite();

  async function open(t: TestContext, url: string, status?: number): Promise<Page | undefined> {
    const opened = await suite.newPage(t);
    if (!opened) return undefined;
    const { page, errors } = opened;
    const response = await page.goto(`${suite.web.url}${url}`);
    assert.ok(response && response.status() < 500, `the page answers without a server error`);
    if (status !== undefined) assert.equal(response.status(), status, `${url} answers ${status}`);
    t.after(() => {
      assert.deepEqual(errors, [], 'no uncaught error in the page');
    });
    return page;
  }

  it('explains what is wrong with a malformed trace id and span id', async (t) => {
    const page = await open(t, '/traces/not-a-trace?span=zz');
    if (!page) return;
    // Next.js's route announcer is an (empty) alert too: pick ours by its text.
    const alert = page.getByRole('alert').filter({ hasText: 'This link is malformed' });
    await alert.waitFor();
    const text = await alert.innerText();
    assert.match(text, /not-a-trace is not a trace id: a trace id is 32 hexadecimal characters/);
    assert.match(text, /zz is not a span id: a span id is 16 hexadecimal characters/);
    await page.screenshot({ path: path.join(screenshotDir, 'malformed-link.png') });
  });

  it('says a well-formed but unknown trace was not found, with HTTP 404', async (t) => {
    const traceId = '0123456789abcdef0123456789abcdef';
    const page = await open(t, `/traces/${traceId}?span=0123456789abcdef`, 404);
    if (!page) return;
    const message = page.getByRole('status').filter({ hasText: 'Trace not found' });
    await message.waitFor();
    assert.match(await message.innerText(), new RegExp(`No spans of trace ${traceId} are stored`));
    await page.screenshot({ path: path.join(screenshotDir, 'trace-not-found.png') });
  });
});
