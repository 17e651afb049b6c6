import assert from 'node:assert/strict';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { screenshotDir } from '../support/browser';
import { journeyFixture, sendJourneyFixture, type JourneyFixture } from './journey-fixture';
import { assertNoPageScroll, browserSuite } from './browser-suite';

/** The text in the console's editor. */
async function editorText(page: Page): Promise<string> {
  return page
    .locator('.cm-content')
    .evaluate((el) =>
      [...el.querySelectorAll('.cm-line')].map((line) => line.textContent).join('\n'),
    );
}

/** Replaces the editor's text as a paste would (no bracket closing or completion in between). */
async function setQuery(page: Page, query: string): Promise<void> {
  await page.locator('.cm-content').click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.insertText(query);
  // Close the completion list the inserted text opened.
  await page.keyboard.press('Escape');
}

/** The result table's column names and cell texts. */
async function resultTable(page: Page): Promise<{ columns: (string | null)[]; rows: string[][] }> {
  return page.locator('table.sql-result-table').evaluate((table) => ({
    columns: [...table.querySelectorAll('thead th')].map((th) => th.getAttribute('data-column')),
    rows: [...table.querySelectorAll('tbody tr')].map((tr) =>
      [...tr.querySelectorAll('td')].map((td) => td.textContent),
    ),
  }));
}

/** Waits until the status line says a result of `rows` rows arrived. */
async function waitForRows(page: Page, rows: RegExp): Promise<void> {
  await page.getByTestId('sql-status').filter({ hasText: rows }).waitFor();
}

describe('the SQL console: examples, downloads, links, Show SQL and read-only refusals', () => {
  let fixture: JourneyFixture;
  const suite = browserSuite(async (web) => {
    fixture = journeyFixture();
    await sendJourneyFixture(web.grpcPort, fixture);
  });

  it('answers SQL from the header link, an example, a shared link and the span view', async (t) => {
    const opened = await suite.newPage(t, { acceptDownloads: true });
    if (!opened) return;
    const { page, context, errors } = opened;
    const { web } = suite;
    const { traceId, checkoutSpanId, hotFunction } = fixture;

    await t.test('opens the console from the header and runs an example in one click', async () => {
      await page.goto(`${web.url}/`);
      await page
        .getByRole('navigation', { name: 'Pages' })
        .getByRole('link', { name: 'SQL' })
        .click();
      await page.waitForURL((u) => u.pathname === '/sql');
      await page.locator('[data-table="otel_traces"]').waitFor();
      await page.getByRole('button', { name: /Slowest spans with profiles/ }).click();
      await page.waitForURL((u) => u.searchParams.get('q')?.includes('FROM otel_traces') === true);
      await waitForRows(page, /\b3 rows/);
      const { columns, rows } = await resultTable(page);
      assert.deepEqual(columns.slice(0, 4), ['service', 'span', 'duration_ms', 'samples']);
      // The slowest span with samples is the slowest checkout span, with its 20 linked samples.
      assert.deepEqual(rows[0]?.slice(0, 4), ['checkout', 'POST /api/checkout', '1400', '20']);
      assert.match(await editorText(page), /^-- The slowest spans/);
      await page.screenshot({ path: path.join(screenshotDir, 'sql-console.png') });
      await assertNoPageScroll(page);
    });

    await t.test('sorts a column in the browser, ascending then descending', async () => {
      const header = page.getByRole('button', { name: /^samples/ });
      await header.click();
      await page.locator('th[aria-sort="ascending"]').waitFor();
      const samples = async () => (await resultTable(page)).rows.map((r) => Number(r[3]));
      assert.deepEqual(await samples(), [2, 3, 20]);
      await header.click();
      await page.locator('th[aria-sort="descending"]').waitFor();
      assert.deepEqual(await samples(), [20, 3, 2]);
    });

    await t.test('downloads the result as CSV with a header row', async () => {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'CSV', exact: true }).click(),
      ]);
      assert.equal(download.suggestedFilename(), 'traceprof-query.csv');
      const csv = await readFile(await download.path(), 'utf8');
      const [header, first] = csv.split('\r\n');
      assert.equal(header, 'service,span,duration_ms,samples,cpu_ms,start,TraceId,SpanId');
      assert.match(first ?? '', /^checkout,POST \/api\/checkout,1400,20,1000,/);
      assert.ok(first?.endsWith(`,${traceId},${checkoutSpanId}`), first);
    });

    await t.test('cuts long values and shows them whole on a click', async () => {
      await page.getByRole('button', { name: /The SQL behind the span view/ }).click();
      await waitForRows(page, /\brows?\b/);
      const cell = page.locator('table.sql-result-table tbody tr').first().locator('td').first();
      const toggle = cell.getByRole('button');
      assert.match(await toggle.innerText(), /…$/);
      await toggle.click();
      await cell.locator('[aria-expanded="true"]').waitFor();
      assert.ok((await toggle.innerText()).endsWith(hotFunction), 'the whole stack shows');
    });

    await t.test(
      'refuses a write with a readable message, and the data is still there',
      async () => {
        const count = 'SELECT count() AS spans FROM otel_traces';
        await setQuery(page, count);
        await page.getByRole('button', { name: 'Run', exact: true }).click();
        await waitForRows(page, /\b1 row\b/);
        const before = (await resultTable(page)).rows[0]?.[0];
        assert.ok(Number(before) > 0, `spans before: ${before}`);

        await setQuery(page, 'DROP TABLE otel_traces');
        await page.keyboard.press('ControlOrMeta+Enter');
        const error = page.getByTestId('sql-error');
        await error.waitFor();
        assert.match(await error.innerText(), /does not run Drop statements/);
        assert.equal(
          await page.locator('.message-error .message-title').innerText(),
          'The query was refused',
        );
        await page.screenshot({ path: path.join(screenshotDir, 'sql-refused.png') });

        await setQuery(page, count);
        await page.keyboard.press('ControlOrMeta+Enter');
        await waitForRows(page, /\b1 row\b/);
        assert.equal((await resultTable(page)).rows[0]?.[0], before, 'no span was dropped');
      },
    );

    await t.test(
      'a fresh page opened on a /sql?q= link fills the editor and waits for Run',
      async () => {
        const fresh = await suite.newPage(t);
        assert.ok(fresh);
        const other = fresh.page;
        await other.goto(`${web.url}/sql?q=SELECT%201%20AS%20x`);
        await other.getByTestId('sql-link-pending').waitFor();
        assert.equal(await editorText(other), 'SELECT 1 AS x');
        assert.equal(await other.locator('table.sql-result-table').count(), 0, 'nothing ran');
        await other.getByRole('button', { name: 'Run', exact: true }).click();
        await waitForRows(other, /\b1 row\b/);
        assert.deepEqual(await resultTable(other), { columns: ['x'], rows: [['1']] });
        assert.deepEqual(fresh.errors, [], 'no uncaught error in the fresh page');
        await fresh.context.close();
      },
    );

    await t.test('a crafted link that writes a file runs nothing, and Run refuses it', async () => {
      const witness = await mkdtemp(path.join(tmpdir(), 'traceprof-link-witness-'));
      try {
        const fresh = await suite.newPage(t);
        assert.ok(fresh);
        const attack = `SELECT 'pwned' INTO OUTFILE '${path.join(witness, 'x.sh')}' APPEND`;
        await fresh.page.goto(`${web.url}/sql?${new URLSearchParams({ q: attack }).toString()}`);
        await fresh.page.getByTestId('sql-link-pending').waitFor();
        assert.deepEqual(await readdir(witness), [], 'opening the link wrote nothing');
        await fresh.page.getByRole('button', { name: 'Run', exact: true }).click();
        const error = fresh.page.getByTestId('sql-error');
        await error.waitFor();
        assert.match(await error.innerText(), /does not run INTO OUTFILE/);
        assert.deepEqual(await readdir(witness), [], 'running it wrote nothing either');
        await fresh.context.close();
      } finally {
        await rm(witness, { recursive: true, force: true });
      }
    });

    await t.test('finds the spans that ran the hot function, opens one', async () => {
      await page.goto(`${web.url}/`);
      await page.getByRole('searchbox', { name: /function/i }).fill('applyDiscounts');
      await page.waitForURL((u) => u.searchParams.get('fn') === 'applyDiscounts');
      const row = page.locator(`table.function-spans-table tr[data-span-id="${checkoutSpanId}"]`);
      await row.waitFor();
      // 14 of its 20 samples have applyDiscounts in the stack (12 as leaf, 2 below it).
      assert.match(await row.innerText(), /70%\s+14 of 20/);
      await page.screenshot({ path: path.join(screenshotDir, 'explorer-function-spans.png') });
      await row.getByRole('link', { name: 'POST /api/checkout' }).click();
      await page.waitForURL(
        (u) => u.pathname === `/traces/${traceId}` && u.searchParams.get('span') === checkoutSpanId,
      );
      await page.getByTestId('flame-graph').locator(`svg g[name="${hotFunction}"]`).waitFor();
    });

    await t.test('downloads the flame graph as collapsed stacks', async () => {
      await page.getByRole('button', { name: 'Download ▾' }).click();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.locator('a[data-format="collapsed"]').click(),
      ]);
      assert.match(download.suggestedFilename(), new RegExp(`${checkoutSpanId}.*\\.txt$`));
      const lines = (await readFile(await download.path(), 'utf8')).trim().split('\n');
      const hot = lines.find((l) => l.split(' ')[0]?.endsWith(`;${hotFunction}`));
      // 12 samples of 50 ms each end in the hot function.
      assert.equal(hot?.split(' ')[1], '600000000', lines.join('\n'));
    });

    await t.test("takes the flame graph's SQL to the console with Show SQL", async () => {
      await page
        .getByRole('region', { name: 'CPU profile' })
        .getByRole('link', { name: 'Show SQL' })
        .click();
      await page.waitForURL((u) => u.pathname === '/sql');
      const query = new URL(page.url()).searchParams.get('q') ?? '';
      assert.match(query, /profile_stacks/);
      assert.ok(query.includes(checkoutSpanId), 'the query names the span');
      await page.getByRole('button', { name: 'Run', exact: true }).click();
      await waitForRows(page, /\brows?\b/);
      assert.equal(await editorText(page), query);
      const { columns, rows } = await resultTable(page);
      assert.ok(columns.includes('functionNames'), columns.join());
      assert.ok(rows.length > 0, 'the flame graph has stacks');
      await page.screenshot({ path: path.join(screenshotDir, 'sql-from-span-view.png') });
      await assertNoPageScroll(page);
    });

    assert.deepEqual(errors, [], 'no uncaught error in the pages');
    await context.close();
  });
});
