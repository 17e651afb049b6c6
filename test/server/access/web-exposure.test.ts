import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { spawnServer } from '@/test/support/spawn-server';

describe('starting the web app on a non-loopback address', () => {
  it('refuses without access control, and says how to fix it or opt out', async () => {
    const start = spawnServer({ TRACEPROF_ROLES: 'ingest,web', TRACEPROF_WEB_HOST: '0.0.0.0' });
    await assert.rejects(start, (e: Error) => {
      assert.match(e.message, /server exited \(1\) before listening/);
      assert.match(e.message, /no access control/);
      assert.match(e.message, /TRACEPROF_WEB_TOKEN/);
      assert.match(e.message, /TRACEPROF_WEB_ALLOW_UNAUTHENTICATED=1/);
      return true;
    });
  });
});
