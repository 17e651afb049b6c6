import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it, type TestContext } from 'node:test';
import type { Page } from 'playwright-core';
import { screenshotDir } from '../support/browser';
import { exportOverGrpc } from '../support/raw-otlp-grpc';
import { nestedWorkFixtureRequests } from '../support/nested-work-fixture';
import { whySlowFixtureRequests } from '../support/why-slow-fixture';
import { browserSuite } from './browser-suite';

describe('the span view answers why a span is slow', () => {
  const fixture = whySlowFixtureRequests();
  const nested = nestedWorkFixtureRequests();
  const suite = browserSuite(async (web) => {
    for (const f of [fixture, nested]) {
      assert.ok((await exportOverGrpc(web.grpcPort, 'traces', f.traces)).ok);
      assert.ok((await exportOverGrpc(web.grpcPort, 'profiles', f.profiles)).ok);
    }
  });
  let page: Page;
  let errors: string[];

  const open = async (t: TestContext, span: { traceId: string; spanId: string }, query = '') => {
    const opened = await suite.newPage(t);
    if (!opened) return false;
    ({ page, errors } = opened);
    await page.goto(`${suite.web.url}/traces/${span.traceId}?span=${span.spanId}${query}`);
    return true;
  };

  it('splits a waiting span’s time and switches to its off-CPU samples', async (t) => {
    if (!(await open(t, fixture.waiting))) return;
    const breakdown = page.getByRole('group', { name: 'Where the time went' });
    await breakdown.locator('[data-part="offCpuNs"]').waitFor();
    assert.match(await breakdown.locator('[data-part="onCpuNs"]').innerText(), /On-CPU 150 ms/);
    assert.match(
      await breakdown.locator('[data-part="offCpuNs"]').innerText(),
      /Off-CPU \(waiting\) 350 ms/,
    );
    assert.match(
      await breakdown.locator('[data-part="unaccountedNs"]').innerText(),
      /Unaccounted 100 ms/,
    );
    const types = page.getByRole('group', { name: 'Sample type' });
    assert.equal(
      await types.locator('button[aria-pressed="true"]').getAttribute('data-sample-type'),
      'cpu',
    );
    await breakdown.getByRole('button', { name: 'show where' }).click();
    await page.waitForURL((u) => u.searchParams.get('type') === 'off_cpu');
    await page.getByRole('region', { name: 'Off-CPU profile' }).waitFor();
    await page.getByTestId('flame-graph').locator('svg g[name="sync.(*Mutex).Lock"]').waitFor();
    await page.screenshot({ path: path.join(screenshotDir, 'why-slow-off-cpu.png') });
    assert.deepEqual(errors, []);
  });

  it('compares a CPU-slow span with its typical peers and names the function that grew', async (t) => {
    if (!(await open(t, fixture.cpuSlow))) return;
    await page.getByRole('button', { name: 'Compare with typical' }).click();
    await page.waitForURL((u) => u.searchParams.get('compare') === 'cohort');
    const diff = page.getByTestId('diff-panel');
    const firstRow = diff.locator('.diff-functions tbody tr').first();
    await firstRow.waitFor();
    assert.equal(await firstRow.getAttribute('data-function'), 'computeTax');
    assert.match(await firstRow.innerText(), /\+200 ms/);
    assert.match(
      await diff.getByRole('status').innerText(),
      /this span: 400 ms a span \(1 span\) against p40–p60 of POST \/pay: 200 ms a span \(10 of 10 spans/,
    );
    // The frame that grew is drawn in the gain colour family (red), not its frame type's.
    const fill = await diff
      .getByTestId('flame-graph')
      .locator('svg g[name="computeTax"] rect')
      .first()
      .evaluate((r) => getComputedStyle(r).fill);
    const [red = 0, , blue = 0] = (fill.match(/\d+/g) ?? []).map(Number);
    assert.ok(red > blue, `computeTax is reddish, got ${fill}`);
    await page.screenshot({ path: path.join(screenshotDir, 'why-slow-diff.png') });
    // The slow cohort, from the URL.
    await diff.locator('button[data-target="slow"]').click();
    await page.waitForURL((u) => u.searchParams.get('target') === 'slow');
    await diff.getByRole('status').filter({ hasText: '≥ p90' }).waitFor();
    assert.deepEqual(errors, []);
  });

  it('opens the operation profile from the span, merging every span of the operation', async (t) => {
    if (!(await open(t, fixture.cpuSlow))) return;
    await page.getByRole('link', { name: 'Operation profile' }).click();
    await page.waitForURL((u) => u.pathname === '/operations');
    const summary = page.getByTestId('operation-summary');
    await summary.waitFor();
    assert.match(await summary.innerText(), /Merged from 12 of 12 spans, 12 with samples/);
    await page.getByTestId('flame-graph').locator('svg g[name="computeTax"]').waitFor();
    assert.equal(new URL(page.url()).searchParams.get('deployment'), 'checkout');
    await page.screenshot({ path: path.join(screenshotDir, 'why-slow-operation.png') });
    assert.deepEqual(errors, []);
  });

  it('compares and merges over the scope on screen when a span’s work is in its children', async (t) => {
    if (!(await open(t, nested.slow))) return;
    // No samples of its own: the view shows the spans under it, and so does the comparison.
    await page.getByTestId('scope-fallback').waitFor();
    await page.locator('button[data-scope="descendants"][aria-pressed="true"]').waitFor();
    await page.getByRole('button', { name: 'Compare with typical' }).click();
    const diff = page.getByTestId('diff-panel');
    const firstRow = diff.locator('.diff-functions tbody tr').first();
    await firstRow.waitFor();
    assert.equal(await firstRow.getAttribute('data-function'), 'renderRows');
    assert.match(await firstRow.innerText(), /\+200 ms/);
    assert.match(
      await diff.getByRole('status').innerText(),
      /this span: 350 ms a span .* against p40–p60 of GET \/report: 100 ms a span \(5 of 5 spans.*each span with the spans under it/,
    );
    // The operation profile opens on the same scope and offers each span alone.
    await page.getByRole('link', { name: 'Operation profile' }).click();
    await page.waitForURL((u) => u.pathname === '/operations');
    const summary = page.getByTestId('operation-summary');
    await summary.filter({ hasText: /Merged from 6 of 6 spans, 6 with samples/ }).waitFor();
    await page.getByTestId('flame-graph').locator('svg g[name="renderRows"]').waitFor();
    await page.getByRole('button', { name: 'Spans alone' }).click();
    await page.waitForURL((u) => u.searchParams.get('scope') === 'span');
    await summary.filter({ hasText: /0 with samples/ }).waitFor();
    assert.deepEqual(errors, []);
  });
});
