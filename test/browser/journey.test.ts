import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { screenshotDir } from '../support/browser';
import { journeyFixture, sendJourneyFixture, type JourneyFixture } from './journey-fixture';
import { assertNoPageScroll, browserSuite } from './browser-suite';

/** Waits until the flame graph's frame `name` spans the graph's whole width (zoomed to). */
async function waitForZoomedTo(page: Page, name: string): Promise<void> {
  await page.waitForFunction((n) => {
    const svg = document.querySelector('[data-testid="flame-graph"] svg');
    const rect = [...(svg?.querySelectorAll('g.frame') ?? [])]
      .find((g) => g.getAttribute('name') === n)
      ?.querySelector('rect');
    const width = Number(rect?.getAttribute('width'));
    return svg !== null && Math.abs(width - Number(svg.getAttribute('width'))) < 1;
  }, name);
}

/** The tier the profile panel says its samples were matched by. */
async function tierUsed(page: Page): Promise<string | null> {
  return page
    .locator('[aria-label="Correlation tier"] button[aria-pressed="true"]')
    .getAttribute('data-tier');
}

/** Waits until a frame of the flame graph shows `name` as its label. */
async function waitForFrameLabel(page: Page, name: string): Promise<void> {
  await page.waitForFunction(
    (n) =>
      [...document.querySelectorAll('[data-testid="flame-graph"] svg .d3-flame-graph-label')].some(
        (label) => label.textContent === n && (label as HTMLElement).offsetWidth > 0,
      ),
    name,
  );
}

describe("a new user's journey from the explorer to a span's flame graph and back as a link", () => {
  let fixture: JourneyFixture;
  const suite = browserSuite(async (web) => {
    fixture = journeyFixture();
    await sendJourneyFixture(web.grpcPort, fixture);
  });

  it('filters, opens the slowest span, reads its profile and context, and shares the view', async (t) => {
    const opened = await suite.newPage(t, {
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    if (!opened) return;
    const { page, context, errors } = opened;
    const { web } = suite;
    const { traceId, checkoutSpanId, hotFunction, checkoutPod } = fixture;
    const flame = page.getByTestId('flame-graph');

    await t.test('lands on the explorer, which lists spans slowest first', async () => {
      await page.goto(`${web.url}/`);
      const rows = page.locator('table.span-table tbody tr');
      await rows.first().waitFor();
      // The slowest span overall is frontend's GET /checkout of the slowest trace (1.4 s + 100 ms).
      assert.equal(await rows.first().locator('td.duration-cell').innerText(), '1.5 s');
      assert.ok((await page.locator('circle.scatter-dot').count()) >= 20, 'the scatter has dots');
      await page.screenshot({ path: path.join(screenshotDir, 'explorer.png') });
      await assertNoPageScroll(page);
    });

    await t.test('filters by service (click 1): the URL holds the filter', async () => {
      await page.selectOption('select[name="service"]', 'checkout');
      await page.waitForURL((u) => u.searchParams.get('service') === 'checkout');
      await page.waitForFunction(() => {
        const cells = [...document.querySelectorAll('table.span-table tbody td:nth-child(2)')];
        return cells.length > 0 && cells.every((c) => c.textContent === 'checkout');
      });
      const first = page.locator('table.span-table tbody tr').first();
      assert.equal(await first.getAttribute('data-span-id'), checkoutSpanId);
      assert.match(await first.innerText(), /POST \/api\/checkout/);
      assert.match(await first.innerText(), /exact/, 'the row names the tier of its samples');
    });

    await t.test('opens the slowest span (click 2) and sees its hottest function', async () => {
      await page.locator('table.span-table tbody tr').first().click();
      await page.waitForURL(
        (u) => u.pathname === `/traces/${traceId}` && u.searchParams.get('span') === checkoutSpanId,
      );
      assert.equal(new URL(page.url()).searchParams.get('service'), 'checkout', 'filters travel');
      await flame.locator(`svg g[name="${hotFunction}"]`).waitFor();
      await waitForFrameLabel(page, hotFunction);
      const top = page.locator('table.top-functions tbody tr').first();
      assert.equal(await top.locator('.fn-cell').innerText(), hotFunction);
      assert.equal(await tierUsed(page), 'exact');
      assert.equal(await page.locator('.coverage').getAttribute('data-state'), 'ok');
      const selected = page.locator('[role="option"][aria-selected="true"]');
      assert.equal(await selected.getAttribute('data-span-id'), checkoutSpanId);
      await assertNoPageScroll(page);
    });

    await t.test(
      'hovers the hottest frame: the tooltip gives its file:line and share',
      async () => {
        await flame.locator(`svg g[name="${hotFunction}"] rect`).hover();
        const tip = page.locator('.d3-flame-graph-tip');
        await tip.filter({ hasText: hotFunction }).waitFor();
        await page.waitForFunction(() => {
          const el = document.querySelector<HTMLElement>('.d3-flame-graph-tip');
          return el?.style.opacity === '1';
        });
        const text = await tip.innerText();
        assert.match(text, /checkout\/pricing\.go:117/);
        assert.match(text, /Self\s+600 ms \(60%\)/, '12 of 20 samples at 50 ms');
        assert.match(text, /Total\s+700 ms \(70% of the samples shown\)/);
        await page.screenshot({ path: path.join(screenshotDir, 'span-view-default.png') });
        await page.mouse.move(0, 0);
      },
    );

    await t.test('sees the pod that ran the span in the Kubernetes panel', async () => {
      const pod = page
        .getByRole('region', { name: 'Kubernetes context' })
        .locator('tr[data-key="k8s.pod.name"]');
      await pod.filter({ hasText: checkoutPod }).waitFor();
      assert.match(await pod.innerText(), /span$/, "the pod name came from the span's resource");
    });

    await t.test('widens the scope, picks a tier, searches and zooms: all in the URL', async () => {
      await page
        .getByRole('group', { name: 'Profile scope' })
        .getByRole('button', { name: 'With descendants' })
        .click();
      await page.waitForURL((u) => u.searchParams.get('scope') === 'descendants');
      await flame.locator(`svg g[name="${fixture.descendantFunction}"]`).waitFor();

      await page.locator('[aria-label="Correlation tier"] button[data-tier="process"]').click();
      await page.waitForURL((u) => u.searchParams.get('tier') === 'process');
      await flame.locator('svg g[name="runtime.gcBgMarkWorker"]').waitFor();
      assert.equal(await tierUsed(page), 'process');

      await page.getByRole('searchbox', { name: 'Search functions' }).fill('json');
      await page.waitForURL((u) => u.searchParams.get('q') === 'json');
      await page.getByTestId('match-share').filter({ hasText: '2 frames' }).waitFor();

      await flame.locator('svg g[name="main.(*PriceCalculator).Quote"]').click();
      await page.waitForURL(
        (u) => u.searchParams.get('zoom')?.endsWith(';main.(*PriceCalculator).Quote') === true,
      );
      await waitForZoomedTo(page, 'main.(*PriceCalculator).Quote');
      await page.screenshot({ path: path.join(screenshotDir, 'span-view.png') });
      await assertNoPageScroll(page);
    });

    await t.test('copies the link; a fresh browser context shows the same view', async () => {
      await page.getByRole('button', { name: 'Copy link' }).click();
      const field = page.getByRole('textbox', { name: 'Link to this view' });
      await field.waitFor();
      const link = await field.inputValue();
      assert.equal(link, page.url());
      assert.equal(await page.evaluate(() => navigator.clipboard.readText()), link);
      const share = await page.getByTestId('match-share').innerText();

      const colleague = await suite.newPage(t);
      assert.ok(colleague);
      const other = colleague.page;
      await other.goto(link);
      await other
        .locator(`[role="option"][aria-selected="true"][data-span-id="${checkoutSpanId}"]`)
        .waitFor();
      await other.locator('button[data-scope="descendants"][aria-pressed="true"]').waitFor();
      await other.locator('button[data-tier="process"][aria-pressed="true"]').waitFor();
      assert.equal(
        await other.getByRole('searchbox', { name: 'Search functions' }).inputValue(),
        'json',
      );
      await other.getByTestId('match-share').filter({ hasText: share }).waitFor();
      await waitForZoomedTo(other, 'main.(*PriceCalculator).Quote');
      await waitForFrameLabel(other, hotFunction);
      await other.screenshot({ path: path.join(screenshotDir, 'span-view-shared.png') });
      await assertNoPageScroll(other);
      assert.deepEqual(colleague.errors, [], "no uncaught error in the colleague's page");
      await colleague.context.close();
    });

    assert.deepEqual(errors, [], 'no uncaught error in the page');
    await context.close();
  });
});
