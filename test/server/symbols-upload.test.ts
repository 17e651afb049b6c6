import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { errorResponse, spanProfileResponse, symbolsResponse } from '@/lib/contract/responses';
import { startWebServer, type WebServer } from '@/test/browser/web-server';
import { buildNativeProgram, fileBytes } from '@/test/support/native-program';
import { nativeProfileRequests, otherAddress } from '@/test/support/native-profile-fixture';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const token = 'symbols-upload-test-token-0001';

describe('uploading symbols to the real server over HTTP', () => {
  let web: WebServer;
  before(async () => {
    // No local files: names must come from the upload.
    web = await startWebServer({
      TRACEPROF_WEB_TOKEN: token,
      TRACEPROF_LOCAL_SYMBOLS: '0',
    });
  });
  after(() => web.stop());

  const auth = { authorization: `Bearer ${token}` };

  it('names the flame graph of samples stored before the upload, and refuses bad uploads', async (t) => {
    const program = buildNativeProgram(t);
    if (!program) return;
    try {
      const requests = nativeProfileRequests(program);
      const otlp = `http://127.0.0.1:${web.server.httpPort}`;
      for (const [route, bodies] of [
        ['/v1/traces', requests.traces],
        ['/v1development/profiles', requests.profiles],
      ] as const) {
        for (const body of bodies) {
          const res = await fetch(otlp + route, {
            method: 'POST',
            headers: { 'content-type': 'application/x-protobuf' },
            body: new Uint8Array(body),
          });
          assert.equal(res.status, 200, `${route}: ${await res.text()}`);
        }
      }
      const profileUrl = `${web.url}/api/traces/${requests.traceId}/spans/${requests.spanId}/profile`;
      const names = async () => {
        const res = await fetch(profileUrl, { headers: auth });
        assert.equal(res.status, 200);
        const names: string[] = [];
        let n = spanProfileResponse.parse(await res.json()).tree.children[0];
        for (; n; n = n.children[0]) names.push(n.name);
        return names;
      };
      assert.match((await names())[0] ?? '', /^orders\+0x[0-9a-f]+$/);

      // Uploading is a write on the API: it needs the same credential as every API call.
      const anonymous = await fetch(`${web.url}/api/symbols`, {
        method: 'POST',
        body: new Uint8Array(fileBytes(program.binary)),
      });
      assert.equal(anonymous.status, 401);
      const crossSite = await fetch(`${web.url}/api/symbols`, {
        method: 'POST',
        headers: { ...auth, 'sec-fetch-site': 'cross-site' },
        body: new Uint8Array(fileBytes(program.binary)),
      });
      assert.equal(crossSite.status, 403);

      const notElf = await fetch(`${web.url}/api/symbols`, {
        method: 'POST',
        headers: auth,
        body: 'hello',
      });
      assert.equal(notElf.status, 400);
      assert.match(errorResponse.parse(await notElf.json()).error, /not an ELF file/);
      assert.match((await names())[0] ?? '', /^orders\+0x/);

      // The CLI, as an engineer runs it.
      const cli = spawnSync(
        process.execPath,
        ['--import', 'tsx', 'scripts/symbols-upload.ts', program.binary, '--url', web.url],
        { cwd: root, encoding: 'utf8', env: { ...process.env, TRACEPROF_WEB_TOKEN: token } },
      );
      assert.equal(cli.status, 0, cli.stderr);
      assert.match(
        cli.stdout,
        new RegExp(`function symbols stored under build ids ${program.gnuBuildId}`),
      );
      assert.deepEqual(await names(), [
        'write_receipt',
        'price_items',
        'parse_order',
        `libother.so+0x${otherAddress.toString(16)}`,
      ]);

      const again = await fetch(`${web.url}/api/symbols`, {
        method: 'POST',
        headers: auth,
        body: new Uint8Array(fileBytes(program.binary)),
      });
      assert.equal(again.status, 200);
      assert.equal(symbolsResponse.parse(await again.json()).stored, false);
    } finally {
      program.remove();
    }
  });
});
