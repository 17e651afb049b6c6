import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { parseDemoArgs } from '@/demo/demo-args';
import { startIngestForTest, type TestIngest } from '@/test/support/start-ingest-for-test';
import { queryRows } from '@/test/support/temp-store';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

describe('npm run demo', () => {
  it('reads its modes and the OTLP address, and refuses what it does not know', () => {
    assert.deepEqual(parseDemoArgs([], {}), {
      mode: 'run',
      otlp: '127.0.0.1:4317',
      webPort: '3000',
      loadSeconds: 0,
    });
    assert.equal(parseDemoArgs(['--replay', '--otlp', 'box:4400'], {}).otlp, 'box:4400');
    assert.equal(parseDemoArgs(['--record'], {}).loadSeconds, 60);
    assert.equal(parseDemoArgs([], { OTLP_GRPC_PORT: '5317' }).otlp, '127.0.0.1:5317');
    assert.throws(() => parseDemoArgs(['--otlp'], {}), /--otlp needs a value/);
    assert.throws(() => parseDemoArgs(['--otlp', 'nohost'], {}), /--otlp wants HOST:PORT/);
    assert.throws(
      () => parseDemoArgs(['--fast'], {}),
      /unknown argument --fast. usage: npm run demo/,
    );
  });

  describe('-- --replay', () => {
    let ingest: TestIngest;
    before(async () => {
      ingest = await startIngestForTest({ token: 'demo-secret' });
    });
    after(() => ingest.close());

    it('loads the capture into a running traceprof at the address given, with its token, and exits', async () => {
      const child = spawn(
        process.execPath,
        [
          '--import',
          'tsx',
          'demo/run-demo.ts',
          '--replay',
          '--otlp',
          `127.0.0.1:${ingest.grpcPort}`,
        ],
        {
          cwd: root,
          env: { ...process.env, TRACEPROF_INGEST_TOKEN: 'demo-secret' },
          stdio: ['ignore', 'pipe', 'pipe'],
        },
      );
      let output = '';
      child.stdout.on('data', (b: Buffer) => (output += b.toString()));
      child.stderr.on('data', (b: Buffer) => (output += b.toString()));
      const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
      assert.equal(code, 0, output);
      assert.match(
        output,
        /demo: replayed \d+ OTLP requests recorded from the real agent into 127\.0\.0\.1:\d+/,
      );
      const [row] = await queryRows<{ services: string[] }>(
        ingest.store.client,
        'SELECT groupUniqArray(ServiceName) AS services FROM otel_traces',
      );
      assert.deepEqual([...(row?.services ?? [])].sort(), ['checkout', 'inventory']);
    });
  });
});
