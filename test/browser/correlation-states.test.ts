import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it, type TestContext } from 'node:test';
import type { Page } from 'playwright-core';
import { screenshotDir } from '../support/browser';
import {
  correlationFixtureRequests,
  type CorrelationRequests,
} from '../support/correlation-fixture';
import { exportOverGrpc } from '../support/raw-otlp-grpc';
import { browserSuite } from './browser-suite';

/** The tier buttons' state: which is pressed, and the count and enabled state of each. */
async function tiers(page: Page): Promise<{ used: string | null; offered: string[] }> {
  const group = page.locator('[aria-label="Correlation tier"]');
  await group.locator('button[aria-pressed="true"]').waitFor();
  const used = await group.locator('button[aria-pressed="true"]').getAttribute('data-tier');
  const offered = await group
    .locator('button:not([disabled])')
    .evaluateAll((buttons) => buttons.map((b) => b.getAttribute('data-tier') ?? ''));
  return { used, offered };
}

describe('the span view names how samples were matched and what coverage means', () => {
  const fixture: CorrelationRequests = correlationFixtureRequests();
  const suite = browserSuite(async (web) => {
    for (const body of fixture.traces)
      assert.ok((await exportOverGrpc(web.grpcPort, 'traces', body)).ok);
    for (const body of fixture.profiles) {
      assert.ok((await exportOverGrpc(web.grpcPort, 'profiles', body)).ok);
    }
  });
  let page: Page;

  const open = async (t: TestContext, query: string) => {
    const opened = await suite.newPage(t);
    if (!opened) return false;
    page = opened.page;
    await page.goto(`${suite.web.url}/traces/${fixture.traceId}?${query}`);
    return true;
  };

  it('uses the label tier for samples that carry the span id as a label', async (t) => {
    if (!(await open(t, `span=${fixture.ids.c2}`))) return;
    await page.locator('.coverage[data-state="ok"]').waitFor();
    assert.deepEqual(await tiers(page), { used: 'label', offered: ['label', 'thread', 'process'] });
    await page.getByTestId('flame-graph').locator('svg g[name="labelHot"]').waitFor();
  });

  it('falls back to the thread tier for the root and offers the process tier', async (t) => {
    if (!(await open(t, ''))) return;
    // No span= in the link: the trace's root is selected.
    const root = page.locator(`[role="option"][data-span-id="${fixture.ids.root}"]`);
    await root.and(page.locator('[aria-selected="true"]')).waitFor();
    assert.deepEqual(await tiers(page), { used: 'thread', offered: ['thread', 'process'] });
    await page.locator('button[data-tier="process"]').click();
    await page.waitForURL((u) => u.searchParams.get('tier') === 'process');
    await page.getByTestId('flame-graph').locator('svg g[name="otherThread"]').waitFor();
  });

  it('says when a span is shorter than the sampling period', async (t) => {
    // This span's own coverage is the point: "This span", not the nearest scope with samples.
    if (!(await open(t, `span=${fixture.ids.short}&scope=span`))) return;
    const coverage = page.locator('.coverage[data-state="shorter-than-period"]');
    await coverage.waitFor();
    assert.match(
      await coverage.innerText(),
      /Span \(10 µs\) is shorter than the sampling period \(50 ms\)/,
    );
    await page.getByRole('heading', { name: 'Too short to be sampled' }).waitFor();
    await page.screenshot({ path: path.join(screenshotDir, 'span-shorter-than-period.png') });
  });

  it('shows the trace and says what is wrong when the span id is malformed', async (t) => {
    if (!(await open(t, 'span=zz'))) return;
    await page.locator('[role="option"]').first().waitFor();
    assert.equal(await page.locator('[role="option"]').count(), 4, 'the waterfall lists the trace');
    const message = page.getByRole('status').filter({ hasText: 'No span selected' });
    await message.waitFor();
    assert.match(await message.innerText(), /"zz", which is not a span id \(16 hex characters\)/);
  });
});
