import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { after, before, describe, it } from 'node:test';
import { Ajv } from 'ajv';
import { fileBody, refusal } from '@/test/support/api-answer';
import { spanProfileApi } from '@/lib/handlers/trace-handlers';
import { pprofProfileType } from '@/lib/download/pprof-types';
import {
  loadCorrelationFixture,
  type CorrelationFixture,
} from '@/test/support/correlation-fixture';
import { requireOrSkip } from '@/test/support/require-or-skip';
import { openTempStore, type TempStore } from '@/test/support/temp-store';

const hasGo = spawnSync('go', ['version']).status === 0;

describe('span profile exports', () => {
  let store: TempStore;
  let fx: CorrelationFixture;
  const dir = mkdtempSync(path.join(tmpdir(), 'traceprof-export-'));
  before(async () => {
    store = await openTempStore();
    fx = await loadCorrelationFixture(store);
  });
  after(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const exported =
    (format: string, spanId = fx.ids.c1, extra: Record<string, string> = {}) =>
    () =>
      spanProfileApi(store.client, fx.traceId, spanId, new URLSearchParams({ format, ...extra }));

  it('writes a gzipped pprof profile that go tool pprof reads, with the span as labels and comments', async (t) => {
    const res = await fileBody(exported('pprof'));
    assert.equal(res.contentType, 'application/octet-stream');
    assert.match(res.filename, /\.pb\.gz$/);
    assert.ok(res.body instanceof Uint8Array, 'pprof is bytes');
    const bytes = res.body;
    const decoded = pprofProfileType.toObject(pprofProfileType.decode(gunzipSync(bytes)), {
      longs: String,
    }) as {
      stringTable: string[];
      comment: string[];
      sample: { value: string[] }[];
      period: string;
    };
    const strings = decoded.stringTable;
    assert.ok(decoded.comment.map((i) => strings[Number(i)]).includes(`span_id=${fx.ids.c1}`));
    assert.deepEqual(
      decoded.sample.map((s) => s.value),
      [['3', '150000000']],
    );
    assert.equal(decoded.period, '50000000');
    if (!requireOrSkip(t, hasGo, 'Go is not installed, so go tool pprof cannot read the file'))
      return;
    const file = path.join(dir, 'span.pb.gz');
    writeFileSync(file, bytes);
    const top = spawnSync('go', ['tool', 'pprof', '-top', '-sample_index=cpu', file], {
      encoding: 'utf8',
      env: { ...process.env, HOME: dir },
    });
    assert.equal(top.status, 0, top.stderr);
    assert.match(top.stdout, /exactHot/);
    assert.match(top.stdout, /Type: cpu/);
    assert.match(top.stdout, /150ms/);
    const tags = spawnSync('go', ['tool', 'pprof', '-tags', file], {
      encoding: 'utf8',
      env: { ...process.env, HOME: dir },
    });
    assert.match(tags.stdout, new RegExp(fx.ids.c1));
  });

  it('writes speedscope JSON that speedscope’s file format schema accepts', async () => {
    const res = await fileBody(exported('speedscope', fx.ids.root, { tier: 'process' }));
    assert.equal(res.contentType, 'application/json');
    assert.equal(typeof res.body, 'string');
    const file = JSON.parse(String(res.body)) as {
      profiles: { samples: number[][]; weights: number[] }[];
      shared: { frames: { name: string }[] };
    };
    const require = createRequire(import.meta.url);
    const schema = JSON.parse(
      readFileSync(require.resolve('speedscope/dist/release/file-format-schema.json'), 'utf8'),
    ) as object;
    const validate = new Ajv({ strict: false }).compile(schema);
    assert.ok(validate(file), JSON.stringify(validate.errors));
    const profile = file.profiles[0]!;
    assert.equal(
      profile.weights.reduce((a, b) => a + b, 0),
      9 * 50_000_000,
    );
    const leaves = profile.samples.map((s) => file.shared.frames[s[s.length - 1]!]!.name).sort();
    assert.deepEqual(leaves, ['otherThread', 'threadHot']);
  });

  it('writes collapsed stacks, root first, one line per stack', async () => {
    const res = await fileBody(exported('collapsed', fx.ids.root, { tier: 'process' }));
    assert.equal(res.body, 'main;otherThread 250000000\nmain;threadHot 200000000\n');
  });

  it('refuses an unknown format', async () => {
    const res = await refusal(exported('svg'));
    assert.equal(res.status, 400);
    assert.match(res.error, /format must be one of pprof, speedscope, collapsed/);
  });
});
