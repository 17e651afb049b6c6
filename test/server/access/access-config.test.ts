import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkWebExposure, isLoopback, webAccessFromEnv } from '@/server/access/access-config';

describe('web access from the environment', () => {
  it('reads a token, a trusted proxy header or neither', () => {
    assert.deepEqual(webAccessFromEnv({ TRACEPROF_WEB_TOKEN: 'a'.repeat(16) }), {
      mode: 'token',
      token: 'a'.repeat(16),
    });
    assert.deepEqual(webAccessFromEnv({ TRACEPROF_TRUSTED_USER_HEADER: 'X-Forwarded-User' }), {
      mode: 'proxy',
      header: 'x-forwarded-user',
    });
    assert.deepEqual(webAccessFromEnv({}), { mode: 'open' });
  });

  it('refuses a short token, both at once, and a header that is not a name', () => {
    assert.throws(() => webAccessFromEnv({ TRACEPROF_WEB_TOKEN: 'short' }), /at least 16/);
    assert.throws(
      () =>
        webAccessFromEnv({
          TRACEPROF_WEB_TOKEN: 'a'.repeat(16),
          TRACEPROF_TRUSTED_USER_HEADER: 'x-user',
        }),
      /not both/,
    );
    assert.throws(() => webAccessFromEnv({ TRACEPROF_TRUSTED_USER_HEADER: 'x user: a' }), /header/);
  });

  it('refuses to expose an open web app beyond loopback unless opted out by name', () => {
    const open = { mode: 'open' } as const;
    for (const host of ['127.0.0.1', '127.0.0.2', '::1', 'localhost']) {
      assert.ok(isLoopback(host), host);
      assert.doesNotThrow(() => {
        checkWebExposure(host, open, {});
      });
    }
    assert.throws(() => {
      checkWebExposure('0.0.0.0', open, {});
    }, /TRACEPROF_WEB_ALLOW_UNAUTHENTICATED=1/);
    assert.doesNotThrow(() => {
      checkWebExposure('0.0.0.0', open, { TRACEPROF_WEB_ALLOW_UNAUTHENTICATED: '1' });
    });
    assert.doesNotThrow(() => {
      checkWebExposure('0.0.0.0', { mode: 'token', token: 'a'.repeat(16) }, {});
    });
  });
});
