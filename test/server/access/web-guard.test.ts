import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { errorResponse } from '@/lib/contract/responses';
import { createWebGuard } from '@/server/access/web-guard';

/** A real HTTP server whose app answers 200 "app" behind the guard. */
async function guarded(guard: ReturnType<typeof createWebGuard>): Promise<http.Server> {
  const server = http.createServer((req, res) => {
    void guard(req, res).then((pass) => {
      if (pass) res.writeHead(200).end('app');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return server;
}

describe('the web guard behind an authenticating proxy (TRACEPROF_TRUSTED_USER_HEADER)', () => {
  let server: http.Server;
  let url = '';
  before(async () => {
    server = await guarded(
      createWebGuard({ mode: 'proxy', header: 'x-forwarded-user' }, { dev: false }),
    );
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => new Promise((resolve) => server.close(resolve)));

  it('lets a request the proxy named a user for through, and refuses one it did not', async () => {
    const named = await fetch(`${url}/api/services`, { headers: { 'x-forwarded-user': 'ada' } });
    assert.equal(named.status, 200);
    assert.equal(await named.text(), 'app');
    const anonymous = await fetch(`${url}/api/services`);
    assert.equal(anonymous.status, 401);
    assert.match(errorResponse.parse(await anonymous.json()).error, /x-forwarded-user/);
    const blank = await fetch(`${url}/`, { headers: { 'x-forwarded-user': ' ' } });
    assert.equal(blank.status, 401);
  });

  it('still refuses a cross-site write from a named user', async () => {
    const res = await fetch(`${url}/api/sql`, {
      method: 'POST',
      headers: { 'x-forwarded-user': 'ada', 'sec-fetch-site': 'cross-site' },
      body: '{}',
    });
    assert.equal(res.status, 403);
  });

  it('answers /healthz without a user, and nothing of the app', async () => {
    const res = await fetch(`${url}/healthz`);
    assert.equal(res.status, 200);
    assert.equal(await res.text(), 'ok');
  });
});

describe('the web guard with a login (TRACEPROF_WEB_TOKEN)', () => {
  const token = 'a-long-enough-token-123';
  let server: http.Server;
  let url = '';
  before(async () => {
    server = await guarded(createWebGuard({ mode: 'token', token }, { dev: false }));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => new Promise((resolve) => server.close(resolve)));

  it('sends a page to /login, signs in with the token, and never redirects off the site', async () => {
    const page = await fetch(`${url}/traces/abc?span=1`, { redirect: 'manual' });
    assert.equal(page.status, 303);
    assert.equal(page.headers.get('location'), '/login?next=%2Ftraces%2Fabc%3Fspan%3D1');
    const signIn = (next: string) =>
      fetch(`${url}/login`, {
        method: 'POST',
        redirect: 'manual',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ token, next }).toString(),
      });
    const ok = await signIn('/traces/abc?span=1');
    assert.equal(ok.status, 303);
    assert.equal(ok.headers.get('location'), '/traces/abc?span=1');
    const cookie = ok.headers.get('set-cookie') ?? '';
    assert.match(cookie, /^traceprof_session=v1\.\d+\.[\w-]+; Path=\/; HttpOnly; SameSite=Lax/);
    for (const elsewhere of ['//evil.example/', 'https://evil.example/', '/\\evil.example']) {
      assert.equal((await signIn(elsewhere)).headers.get('location'), '/', elsewhere);
    }
    const app = await fetch(`${url}/`, { headers: { cookie: cookie.split(';')[0] ?? '' } });
    assert.equal(await app.text(), 'app');
  });
});
