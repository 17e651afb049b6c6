import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { storeConfigFromEnv } from '@/lib/clickhouse/store-config';

describe('storeConfigFromEnv', () => {
  it('defaults to the embedded engine in ./data with 7 days of retention', () => {
    assert.deepEqual(storeConfigFromEnv({}), {
      mode: 'embedded',
      dataDir: path.resolve('data'),
      ttlDays: 7,
    });
  });

  it('uses a ClickHouse server when CLICKHOUSE_URL is set', () => {
    assert.deepEqual(
      storeConfigFromEnv({
        CLICKHOUSE_URL: 'http://ch:8123',
        CLICKHOUSE_USER: 'u',
        CLICKHOUSE_PASSWORD: 'p',
        CLICKHOUSE_DATABASE: 'tp',
        TRACEPROF_TTL_DAYS: '30',
      }),
      {
        mode: 'server',
        url: 'http://ch:8123',
        username: 'u',
        password: 'p',
        database: 'tp',
        console: undefined,
        ttlDays: 30,
      },
    );
  });

  it("reads the SQL console's own ClickHouse user", () => {
    const config = storeConfigFromEnv({
      CLICKHOUSE_URL: 'http://ch:8123',
      CLICKHOUSE_CONSOLE_USER: 'traceprof_console',
      CLICKHOUSE_CONSOLE_PASSWORD: 'secret',
    });
    assert.deepEqual(config.mode === 'server' ? config.console : 'embedded', {
      username: 'traceprof_console',
      password: 'secret',
    });
  });

  it('names the variable that is malformed', () => {
    assert.throws(() => storeConfigFromEnv({ TRACEPROF_TTL_DAYS: 'week' }), /TRACEPROF_TTL_DAYS/);
    assert.throws(() => storeConfigFromEnv({ CLICKHOUSE_URL: 'ch:8123' }), /CLICKHOUSE_URL/);
    assert.throws(
      () => storeConfigFromEnv({ CLICKHOUSE_URL: 'http://ch', CLICKHOUSE_DATABASE: 'a;drop' }),
      /CLICKHOUSE_DATABASE/,
    );
  });
});
