import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import type { APIResponse, Page } from 'playwright-core';
import { screenshotDir } from '../support/browser';
import { exportOverGrpc } from '../support/raw-otlp-grpc';
import {
  threadTimelineRequests,
  type ThreadTimelineRequests,
} from '../support/thread-timeline-fixture';
import { browserSuite } from './browser-suite';

const ms = 1_000_000;

/** The flame graph's total, as its root frame reads out when the graph takes focus. */
async function flameTotal(page: Page): Promise<string> {
  // Focus moves away and back, so the graph reads out its (possibly redrawn) root again.
  await page.getByRole('button', { name: 'Copy link' }).focus();
  await page.getByTestId('flame-graph').focus();
  const spoken = page.getByTestId('flame-focus');
  await page.waitForFunction(
    () => (document.querySelector('[data-testid="flame-focus"]')?.textContent ?? '') !== '',
  );
  return spoken.innerText();
}

/** Waits until the flame graph's root frame spans its whole width (drawn, not mid-transition). */
async function waitForFlameDrawn(page: Page, root: string): Promise<void> {
  await page.waitForFunction((n) => {
    const svg = document.querySelector('[data-testid="flame-graph"] svg');
    const rect = [...(svg?.querySelectorAll('g.frame') ?? [])]
      .find((g) => g.getAttribute('name') === n)
      ?.querySelector('rect');
    const width = Number(rect?.getAttribute('width'));
    return svg !== null && Math.abs(width - Number(svg.getAttribute('width'))) < 1;
  }, root);
}

/** Where a fraction of the span's time is on screen: the strip's first and last ticks. */
async function stripX(page: Page, fraction: number): Promise<number> {
  const svg = page.getByTestId('thread-strip-plot').locator('svg');
  const box = await svg.boundingBox();
  assert.ok(box);
  const [first, last] = await svg.evaluate((el) => {
    const xs = [...el.querySelectorAll('line')].map((l) => Number(l.getAttribute('x1')));
    return [Math.min(...xs), Math.max(...xs)];
  });
  return box.x + first + fraction * (last - first);
}

/** The page fits its window: panels may scroll inside, the page itself must not. */
async function assertFits(page: Page, width: number, height: number): Promise<void> {
  const size = await page.evaluate(() => ({
    height: document.documentElement.scrollHeight,
    width: document.documentElement.scrollWidth,
  }));
  assert.ok(size.height <= height, `page is ${size.height}px tall in a ${height}px window`);
  assert.ok(size.width <= width, `page is ${size.width}px wide in a ${width}px window`);
}

describe('the span view draws a lane per thread and cuts the flame graph to a selected slice', () => {
  const fixture: ThreadTimelineRequests = threadTimelineRequests();
  const suite = browserSuite(async (web) => {
    for (const body of fixture.traces) {
      assert.ok((await exportOverGrpc(web.grpcPort, 'traces', body)).ok);
    }
    for (const body of fixture.profiles) {
      assert.ok((await exportOverGrpc(web.grpcPort, 'profiles', body)).ok);
    }
  });
  const spanUrl = (query = '') =>
    `${suite.web.url}/traces/${fixture.traceId}?span=${fixture.spanId}${query}`;

  it('at 1280×800: lanes, a slice by mouse and by keyboard, and Clear slice', async (t) => {
    const opened = await suite.newPage(t, { viewport: { width: 1280, height: 800 } });
    if (!opened) return;
    const { page, errors } = opened;
    const flame = page.getByTestId('flame-graph');
    await page.goto(spanUrl());

    await t.test('one lane per thread, with its on- and off-CPU marks', async () => {
      const lanes = page.locator('[data-lane]');
      await lanes.nth(1).waitFor();
      assert.equal(await lanes.count(), 2);
      const read = await lanes.evaluateAll((gs) =>
        gs.map((g) => [
          g.querySelector('text')?.textContent,
          g.getAttribute('data-on-cpu'),
          g.getAttribute('data-off-cpu'),
        ]),
      );
      assert.deepEqual(read, [
        ['worker-1 · 4001', '4', '2'],
        ['worker-2 · 4002', '3', '1'],
      ]);
      assert.equal(await page.locator('[data-child-span]').count(), 2, 'both children are drawn');
      const legend = page.getByRole('list', { name: 'Sample kinds' });
      assert.deepEqual(await legend.locator('li').allInnerTexts(), [
        'On-CPU sample',
        'Off-CPU event',
      ]);
      await flame.locator('svg g[name="encode"]').waitFor();
      assert.match(await flameTotal(page), /^POST \/batch: 350 ms,/, '7 samples of 50 ms');
    });

    await t.test(
      'dragging over 5–45 % of the span writes the slice and cuts the flame graph',
      async () => {
        const y = await page
          .locator('[data-lane="4001"] rect')
          .first()
          .evaluate((r) => r.getBoundingClientRect().top + r.getBoundingClientRect().height / 2);
        await page.mouse.move(await stripX(page, 0.05), y);
        await page.mouse.down();
        await page.mouse.move(await stripX(page, 0.45), y, { steps: 8 });
        await page.mouse.up();
        await page.waitForURL((u) => u.searchParams.has('sliceFrom'));
        const url = new URL(page.url());
        const from = Number(url.searchParams.get('sliceFrom'));
        const to = Number(url.searchParams.get('sliceTo'));
        assert.ok(from > 40 * ms && from < 60 * ms, `sliceFrom=${from}`);
        assert.ok(to > 440 * ms && to < 460 * ms, `sliceTo=${to}`);
        assert.equal(url.searchParams.get('span'), fixture.spanId, 'the rest of the URL stays');
        await page.getByTestId('thread-strip-slice').waitFor();
        const download = new URL(
          (await page.locator('a[data-format="pprof"]').getAttribute('href')) ?? '',
          suite.web.url,
        );
        assert.deepEqual(
          [download.searchParams.get('from'), download.searchParams.get('to')],
          [String(from), String(to)],
          'the download is of the slice on screen',
        );
        // Only worker-1's parse samples at 100–400 ms are inside: 4 × 50 ms; encode is not.
        await flame.locator('svg g[name="encode"]').waitFor({ state: 'detached' });
        await flame.locator('svg g[name="parse"]').waitFor();
        assert.match(await flameTotal(page), /^POST \/batch: 200 ms,/);
        assert.match(
          await page.getByRole('status').filter({ hasText: 'Flame graph of' }).innerText(),
          /^Flame graph of [\d.]+ ms – [\d.]+ ms of the span$/,
        );
        await waitForFlameDrawn(page, 'POST /batch');
        await page.screenshot({ path: path.join(screenshotDir, 'thread-strip-slice-1280.png') });
        await assertFits(page, 1280, 800);
      },
    );

    await t.test('Clear slice shows the whole span again', async () => {
      await page.getByRole('button', { name: 'Clear slice' }).click();
      await page.waitForURL(
        (u) => !u.searchParams.has('sliceFrom') && !u.searchParams.has('sliceTo'),
      );
      await flame.locator('svg g[name="encode"]').waitFor();
      assert.match(await flameTotal(page), /^POST \/batch: 350 ms,/);
      assert.equal(await page.getByRole('button', { name: 'Clear slice' }).count(), 0);
    });

    await t.test(
      'Shift+Right from the keyboard selects from the start, a fiftieth a step',
      async () => {
        await page.getByTestId('thread-strip-plot').focus();
        for (let i = 0; i < 10; i++) await page.keyboard.press('Shift+ArrowRight');
        await page.waitForURL(
          (u) =>
            u.searchParams.get('sliceFrom') === '0' &&
            u.searchParams.get('sliceTo') === String(200 * ms),
        );
        // parse at 100 and 200 ms (ends included): 2 × 50 ms.
        await flame.locator('svg g[name="encode"]').waitFor({ state: 'detached' });
        assert.match(await flameTotal(page), /^POST \/batch: 100 ms,/);
        await page.getByTestId('thread-strip-plot').focus();
        await page.keyboard.press('Escape');
        await page.waitForURL((u) => !u.searchParams.has('sliceFrom'));
      },
    );

    assert.deepEqual(errors, []);
  });

  it('at 1920×1080: a link with a slice opens on it, and the page still fits', async (t) => {
    const opened = await suite.newPage(t, { viewport: { width: 1920, height: 1080 } });
    if (!opened) return;
    const { page, errors } = opened;
    await page.goto(spanUrl(`&sliceFrom=${450 * ms}&sliceTo=${1000 * ms}`));
    await page.locator('[data-lane]').nth(1).waitFor();
    await page.getByTestId('flame-graph').locator('svg g[name="encode"]').waitFor();
    assert.equal(await page.getByTestId('flame-graph').locator('svg g[name="parse"]').count(), 0);
    // encode at 500, 600, 700 ms: 3 × 50 ms.
    assert.match(await flameTotal(page), /^POST \/batch: 150 ms,/);
    await waitForFlameDrawn(page, 'POST /batch');
    await page.screenshot({ path: path.join(screenshotDir, 'thread-strip-slice-1920.png') });
    await assertFits(page, 1920, 1080);
    assert.deepEqual(errors, []);
  });

  it('the profile API refuses a bad from or to with 400 naming it', async (t) => {
    const opened = await suite.newPage(t);
    if (!opened) return;
    const api = `${suite.web.url}/api/traces/${fixture.traceId}/spans/${fixture.spanId}/profile`;
    for (const [query, name] of [
      ['from=abc', 'from'],
      ['to=-1', 'to'],
      ['from=9&to=1', 'from'],
    ] as const) {
      const res: APIResponse = await opened.page.request.get(`${api}?${query}`);
      assert.equal(res.status(), 400, query);
      const body = (await res.json()) as { error: string };
      assert.ok(body.error.startsWith(`${name} must`), `${query}: ${body.error}`);
    }
    const ok = await opened.page.request.get(`${api}?from=0&to=${450 * ms}`);
    assert.equal(ok.status(), 200);
  });
});
