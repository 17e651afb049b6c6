import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { screenshotDir } from '../support/browser';
import { browserSuite } from './browser-suite';

describe('the explorer on an empty store', () => {
  const suite = browserSuite();

  it('tells a new user where to send OTLP data and how to get some', async (t) => {
    const opened = await suite.newPage(t);
    if (!opened) return;
    const { page, errors } = opened;
    await page.goto(`${suite.web.url}/`);
    const howTo = page.getByRole('region', { name: /no traces yet/i });
    await howTo.waitFor();
    const text = await howTo.innerText();
    // The test server binds free ports, so the page must name the ones it bound, not defaults.
    const { grpcPort, httpPort } = suite.web.server;
    assert.notEqual(grpcPort, 4317);
    for (const expected of [
      `gRPC :${grpcPort}`,
      `HTTP :${httpPort}`,
      `http://<this-host>:${httpPort}`,
      'POST /v1/traces',
      'POST /v1development/profiles',
      'npm run agent',
      `npm run demo -- --otlp 127.0.0.1:${grpcPort}`,
      `npm run demo -- --replay --otlp 127.0.0.1:${grpcPort}`,
    ]) {
      assert.ok(text.includes(expected), `the how-to mentions ${expected}:\n${text}`);
    }
    // No table of spans or broken scatter plot around it.
    assert.equal(await page.locator('table.span-table').count(), 0);
    await page.screenshot({ path: path.join(screenshotDir, 'empty-store.png') });
    assert.deepEqual(errors, [], 'no uncaught error in the page');
  });
});
