import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { errorResponse } from '@/lib/contract/responses';
import { screenshotDir } from '../support/browser';
import { browserSuite } from './browser-suite';

const token = 'correct-horse-battery-staple-42';

describe('the web app with a login (TRACEPROF_WEB_TOKEN)', () => {
  const suite = browserSuite(undefined, { TRACEPROF_WEB_TOKEN: token });

  it('answers 401 to API calls without a credential and 200 with the token as a bearer', async () => {
    const { url } = suite.web;
    const anonymous = await fetch(`${url}/api/services`);
    assert.equal(anonymous.status, 401);
    assert.match(errorResponse.parse(await anonymous.json()).error, /sign in/);
    assert.match(anonymous.headers.get('www-authenticate') ?? '', /^Bearer/);
    const wrong = await fetch(`${url}/api/services`, {
      headers: { authorization: 'Bearer not-the-token' },
    });
    assert.equal(wrong.status, 401);
    const bearer = await fetch(`${url}/api/services`, {
      headers: { authorization: `Bearer ${token}` },
    });
    assert.equal(bearer.status, 200);
    assert.deepEqual(await bearer.json(), { services: [] });
  });

  it('answers a probe on /healthz without a credential, and says nothing else there', async () => {
    const res = await fetch(`${suite.web.url}/healthz`);
    assert.equal(res.status, 200);
    assert.equal(await res.text(), 'ok');
  });

  it('refuses cross-site writes even with a valid credential', async () => {
    const { url } = suite.web;
    const post = (headers: Record<string, string>) =>
      fetch(`${url}/api/sql`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${token}`,
          'content-type': 'application/json',
          ...headers,
        },
        body: JSON.stringify({ query: 'SELECT 1' }),
      });
    const evil = await post({ origin: 'https://evil.example' });
    assert.equal(evil.status, 403);
    assert.match(errorResponse.parse(await evil.json()).error, /Origin/);
    assert.equal((await post({ 'sec-fetch-site': 'cross-site' })).status, 403);
    assert.equal((await post({ origin: new URL(url).origin })).status, 200);
  });

  it('puts security headers on every answer', async () => {
    for (const route of ['/login', '/api/services', '/']) {
      const res = await fetch(`${suite.web.url}${route}`, { redirect: 'manual' });
      const csp = res.headers.get('content-security-policy') ?? '';
      assert.match(csp, /script-src 'self' 'nonce-[^']+'/, route);
      assert.doesNotMatch(csp, /script-src[^;]*'unsafe-inline'/, route);
      assert.match(csp, /frame-ancestors 'none'/, route);
      assert.equal(res.headers.get('x-content-type-options'), 'nosniff', route);
      assert.equal(res.headers.get('referrer-policy'), 'same-origin', route);
    }
  });

  it('sends a browser to the login page, refuses a wrong token, and lets the right one in', async (t) => {
    const opened = await suite.newPage(t);
    if (!opened) return;
    const { page, errors } = opened;
    const cspViolations: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) cspViolations.push(m.text());
    });
    await page.goto(`${suite.web.url}/sql?q=SELECT%201`);
    await page.waitForURL((u) => u.pathname === '/login');
    assert.equal(new URL(page.url()).searchParams.get('next'), '/sql?q=SELECT%201');
    await page.getByLabel('Access token').fill('guess-guess-guess-guess');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('alert').filter({ hasText: 'not the access token' }).waitFor();
    await page.screenshot({ path: path.join(screenshotDir, 'login.png') });

    await page.getByLabel('Access token').fill(token);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL((u) => u.pathname === '/sql');
    // The app hydrates under the CSP: the editor is interactive and Run answers.
    await page.getByTestId('sql-link-pending').waitFor();
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await page
      .getByTestId('sql-status')
      .filter({ hasText: /\b1 row\b/ })
      .waitFor();
    const cookies = await opened.context.cookies();
    const session = cookies.find((c) => c.name === 'traceprof_session');
    assert.ok(session, 'a session cookie was set');
    assert.equal(session.httpOnly, true);
    assert.equal(session.sameSite, 'Lax');
    await page.goto(`${suite.web.url}/`);
    await page.getByRole('region', { name: /no traces yet/i }).waitFor();
    assert.deepEqual(cspViolations, [], 'no script or style was blocked by the CSP');
    assert.deepEqual(errors, [], 'no uncaught error in the pages');
  });
});
