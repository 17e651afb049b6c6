import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { replayCapture } from '@/demo/replay/replay-capture';
import { seriousAxeViolations } from '../support/axe-check';
import { screenshotDir } from '../support/browser';
import { browserSuite } from './browser-suite';

const captureDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../demo/capture');

/** Headings, buttons and one-line texts whose content is wider than their box, by their text. */
async function clipped(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [
      ...document.querySelectorAll<HTMLElement>(
        'h1, h2, h3, button, .show-sql, .coverage > span, .explorer-summary > span',
      ),
    ]
      .filter((el) => el.offsetParent !== null && el.scrollWidth > el.clientWidth + 1)
      .map((el) => `${el.tagName.toLowerCase()} "${el.innerText.trim()}"`),
  );
}

/** Waits until frame `name` is drawn with its label, inside the flame graph's visible box. */
async function waitForFrameInView(page: Page, name: string): Promise<void> {
  await page.waitForFunction((n) => {
    const scroller = document.querySelector('[data-testid="flame-graph"]');
    const frame = [...document.querySelectorAll('[data-testid="flame-graph"] svg g.frame')].find(
      (g) => g.getAttribute('name') === n,
    );
    const label = frame?.querySelector<HTMLElement>('.d3-flame-graph-label');
    if (!scroller || !frame || !label || label.offsetWidth === 0) return false;
    const box = scroller.getBoundingClientRect();
    const r = frame.getBoundingClientRect();
    return r.width > 0 && r.top >= box.top && r.bottom <= box.bottom;
  }, name);
}

describe("a new user's first look at the demo", () => {
  const suite = browserSuite(async (web) => {
    await replayCapture(captureDir, `127.0.0.1:${web.grpcPort}`);
  });

  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 1920, height: 1080 },
  ]) {
    it(`opens the slowest span with one click on a flame graph and its pod, at ${viewport.width} px`, async (t) => {
      const opened = await suite.newPage(t, { viewport });
      if (!opened) return;
      const { page, errors } = opened;
      await page.goto(`${suite.web.url}/`);
      const rows = page.locator('table.span-table tbody tr');
      await rows.first().waitFor();

      // The list is the slowest part of what matched, and says so; the chart counts every span.
      const count = await page.getByTestId('explorer-count').innerText();
      const m = /Slowest (\d+) of ([\d,]+) matching spans/.exec(count);
      assert.ok(m, `the summary says the list is truncated: ${count}`);
      const matched = Number(m[2]?.replaceAll(',', ''));
      assert.ok(matched > Number(m[1]), count);
      const charted = await page
        .locator('rect.heat-cell')
        .evaluateAll((cells) =>
          cells.reduce((n, c) => n + Number(c.getAttribute('data-spans')), 0),
        );
      assert.equal(charted, matched, 'the latency chart holds every matching span');
      const pod = await rows.first().locator('td').nth(3).innerText();
      assert.match(pod, /^inventory-[0-9a-f]{10}-[0-9a-f]{5}$/, 'the Pod column is filled');
      assert.deepEqual(await clipped(page), [], 'nothing in the explorer is cut off');
      await page.screenshot({
        path: path.join(screenshotDir, `first-look-explorer-${viewport.width}.png`),
      });

      // Click 1: the slowest span. Its own scope has no samples (its child burns the CPU).
      const spanId = await rows.first().getAttribute('data-span-id');
      await rows.first().click();
      await page.waitForURL(
        (u) => u.pathname.startsWith('/traces/') && u.searchParams.get('span') === spanId,
      );
      // Where the time went: the real agent's on-CPU samples, and no off-CPU recording here.
      const breakdown = page.getByRole('group', { name: 'Where the time went' });
      await breakdown.locator('[data-part="onCpuNs"]').waitFor();
      assert.match(await breakdown.innerText(), /On-CPU [1-9][\d.]* ms/);
      const flame = page.getByTestId('flame-graph');
      await flame.locator('svg g.frame').nth(3).waitFor();
      // The hot path's frames are in view, not scrolled away.
      await waitForFrameInView(page, 'main.hashLedger');
      await page.getByTestId('scope-fallback').waitFor();
      await page.locator('button[data-scope="descendants"][aria-pressed="true"]').waitFor();
      const podRow = page
        .getByRole('region', { name: 'Kubernetes context' })
        .locator('tr[data-key="k8s.pod.name"]');
      await podRow.filter({ hasText: pod }).waitFor();
      assert.deepEqual(await clipped(page), [], 'nothing in the span view is cut off');
      await page.screenshot({
        path: path.join(screenshotDir, `first-look-span-${viewport.width}.png`),
      });
      assert.deepEqual(errors, [], 'no uncaught error in the page');
    });
  }

  it('lists traces, one row each, and opens a trace at its slowest matching span', async (t) => {
    const opened = await suite.newPage(t);
    if (!opened) return;
    const { page } = opened;
    await page.goto(`${suite.web.url}/?service=checkout`);
    await page.locator('table.span-table tbody tr').first().waitFor();
    await page.getByRole('group', { name: 'List' }).getByRole('button', { name: 'Traces' }).click();
    await page.waitForURL((u) => u.searchParams.get('view') === 'traces');
    const rows = page.locator('table.trace-table tbody tr');
    await rows.first().waitFor();
    assert.match(
      await page.getByTestId('explorer-count').innerText(),
      /matching traces|traces, slowest first/,
    );
    const ids = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-trace-id')));
    assert.equal(new Set(ids).size, ids.length, 'one row per trace');
    // Checkout's invoice requests are traces of two nested spans.
    assert.match(await rows.first().innerText(), /\tGET \/invoice\t[^\t]+\t2\t/);
    await page.screenshot({ path: path.join(screenshotDir, 'first-look-traces.png') });
    const spanId = await rows.first().getAttribute('data-span-id');
    await rows.first().click();
    await page.waitForURL(
      (u) => u.searchParams.get('span') === spanId && u.searchParams.get('view') === 'traces',
    );
    await page.getByTestId('flame-graph').locator('svg g.frame').first().waitFor();
  });

  it('folds and unfolds the spans under a span in the waterfall', async (t) => {
    const opened = await suite.newPage(t);
    if (!opened) return;
    const { page } = opened;
    await page.goto(
      `${suite.web.url}/?service=checkout&operation=${encodeURIComponent('GET /invoice')}`,
    );
    await page.locator('table.span-table tbody tr').first().click();
    const list = page.getByRole('listbox', { name: 'Spans of the trace' });
    const child = list.getByRole('option', { name: /render invoice/ });
    await child.waitFor();
    await list.focus();
    await page.keyboard.press('ArrowLeft');
    await child.waitFor({ state: 'detached' });
    await page.keyboard.press('ArrowRight');
    await child.waitFor();
    await list.locator('[data-fold="open"]').click();
    await child.waitFor({ state: 'detached' });
    assert.equal(await list.locator('[data-fold="closed"]').count(), 1);
  });

  it('answers 404 for a span its trace does not have, and offers the trace', async (t) => {
    const opened = await suite.newPage(t);
    if (!opened) return;
    const { page, errors } = opened;
    await page.goto(`${suite.web.url}/`);
    const row = page.locator('table.span-table tbody tr').first();
    await row.waitFor();
    const href = await row.locator('td.op-cell a').getAttribute('href');
    const traceId = /\/traces\/([0-9a-f]{32})/.exec(href ?? '')?.[1];
    assert.ok(traceId, `a span view link: ${href ?? ''}`);
    const response = await page.goto(`${suite.web.url}/traces/${traceId}?span=0123456789abcdef`);
    assert.equal(response?.status(), 404);
    await page
      .getByRole('status')
      .filter({ hasText: `Trace ${traceId} has no span 0123456789abcdef` })
      .waitFor();
    await page.getByRole('link', { name: 'Open the trace' }).click();
    await page.waitForURL(
      (u) => u.pathname === `/traces/${traceId}` && !u.searchParams.has('span'),
    );
    await page.locator('[role="option"][aria-selected="true"]').waitFor();
    assert.deepEqual(errors, [], 'no uncaught error in the page');
  });

  it('keeps only spans with profile samples when asked', async (t) => {
    const opened = await suite.newPage(t);
    if (!opened) return;
    const { page } = opened;
    await page.goto(`${suite.web.url}/`);
    await page.locator('table.span-table tbody tr').first().waitFor();
    // The box follows the URL, which the click changes a render later: click, then await the
    // URL and the box (check() asserts the state at once and fails on that render).
    const box = page.getByRole('checkbox', { name: 'With profile samples' });
    await box.click();
    await page.waitForURL((u) => u.searchParams.get('profiled') === '1');
    await page.locator('input[name="profiled"]:checked').waitFor();
    await page
      .getByTestId('explorer-count')
      .filter({ hasText: /with profile samples among the/ })
      .waitFor();
    const samples = await page.locator('table.span-table tbody td:last-child').allInnerTexts();
    assert.ok(samples.length > 0);
    assert.ok(
      samples.every((s) => /^\d+/.test(s)),
      samples.slice(0, 5).join(', '),
    );
  });

  it('filters pods by part of their name, in any case', async (t) => {
    const opened = await suite.newPage(t);
    if (!opened) return;
    const { page } = opened;
    await page.goto(`${suite.web.url}/?pod=CHECKOUT-`);
    await page.locator('table.span-table tbody tr').first().waitFor();
    const pods = await page.locator('table.span-table tbody td:nth-child(4)').allInnerTexts();
    assert.ok(pods.length > 0);
    assert.ok(
      pods.every((p) => p.startsWith('checkout-')),
      pods.join(', '),
    );
  });

  it('links the ids of a SQL result to the span view', async (t) => {
    const opened = await suite.newPage(t);
    if (!opened) return;
    const { page } = opened;
    const q =
      "SELECT TraceId, SpanId, SpanName FROM otel_traces WHERE SpanName = 'hash ledger' LIMIT 1";
    await page.goto(`${suite.web.url}/sql?${new URLSearchParams({ q }).toString()}`);
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    const link = page.locator('table.sql-result-table tbody td:nth-child(2) a');
    const spanId = await link.innerText();
    await link.click();
    await page.waitForURL(
      (u) => u.pathname.startsWith('/traces/') && u.searchParams.get('span') === spanId,
    );
    await page.locator(`[role="option"][aria-selected="true"][data-span-id="${spanId}"]`).waitFor();
  });

  it('moves through the flame graph, zooms and resets with the keyboard', async (t) => {
    const opened = await suite.newPage(t);
    if (!opened) return;
    const { page } = opened;
    await page.goto(`${suite.web.url}/?service=inventory&operation=hash+ledger`);
    await page.locator('table.span-table tbody tr').first().click();
    const flame = page.getByRole('group', { name: /^Flame graph of hash ledger/ });
    await flame.locator('svg g[name="main.hashLedger"]').waitFor();
    await flame.focus();
    const spoken = page.getByTestId('flame-focus');
    await spoken.filter({ hasText: /^hash ledger: / }).waitFor();
    // Up walks the hot path towards the leaf, Down back to the caller, Left/Right to neighbours.
    await page.keyboard.press('ArrowUp');
    const first = await spoken.filter({ hasNotText: /^hash ledger: / }).innerText();
    await page.keyboard.press('ArrowUp');
    await spoken.filter({ hasNotText: first }).waitFor();
    await page.keyboard.press('ArrowDown');
    await spoken.filter({ hasText: first }).waitFor();
    const name = first.slice(0, first.indexOf(': '));
    await page.keyboard.press('Enter');
    await page.waitForURL((u) => u.searchParams.get('zoom') === name);
    await page.keyboard.press('Escape');
    await page.waitForURL((u) => !u.searchParams.has('zoom'));
  });

  it('has no serious accessibility violation in the explorer, span view and SQL console', async (t) => {
    // The app's CSP allows only its own nonced scripts; the checker is injected past it.
    const opened = await suite.newPage(t, { bypassCSP: true });
    if (!opened) return;
    const { page } = opened;
    await page.goto(`${suite.web.url}/`);
    await page.locator('table.span-table tbody tr').first().waitFor();
    const found: Record<string, string[]> = {};
    found.explorer = await seriousAxeViolations(page);
    await page.getByRole('group', { name: 'List' }).getByRole('button', { name: 'Traces' }).click();
    await page.locator('table.trace-table tbody tr').first().waitFor();
    found.traces = await seriousAxeViolations(page);
    await page.locator('table.span-table tbody tr').first().click();
    await page.getByTestId('flame-graph').locator('svg g.frame').first().waitFor();
    await page.getByRole('region', { name: 'Kubernetes context' }).locator('tr').first().waitFor();
    found['span view'] = await seriousAxeViolations(page);
    await page.goto(`${suite.web.url}/sql`);
    await page.getByRole('button', { name: /^Run/ }).first().waitFor();
    found['SQL console'] = await seriousAxeViolations(page);
    assert.deepEqual(found, { explorer: [], traces: [], 'span view': [], 'SQL console': [] });
  });
});
