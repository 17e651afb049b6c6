import assert from 'node:assert/strict';
import { after, before, describe, it, type TestContext } from 'node:test';
import { symbolsApi } from '@/lib/handlers/symbol-handlers';
import { spanProfileApi } from '@/lib/handlers/trace-handlers';
import { spansRunningFunctionApi } from '@/lib/handlers/explorer-handlers';
import { fileBytes, buildNativeProgram, type NativeProgram } from '@/test/support/native-program';
import { profilerFileId } from '@/lib/symbols/symbol-file-ids';
import {
  loadNativeProfile,
  nativeProfileRequests,
  otherAddress,
} from '@/test/support/native-profile-fixture';
import { okBody, refusal } from '@/test/support/api-answer';
import { openTempStore, queryRows, type TempStore } from '@/test/support/temp-store';
import type { FlameNode } from '@/lib/contract/profile-models';

/** The frame names from the root down the heaviest path: the one stack of the fixture. */
function path(tree: FlameNode): string[] {
  const names: string[] = [];
  for (let n = tree.children[0]; n; n = n.children[0]) names.push(n.name);
  return names;
}

const hex = (a: bigint) => `0x${a.toString(16)}`;
const named = ['write_receipt', 'price_items', 'parse_order', `libother.so+${hex(otherAddress)}`];

// Local files are tried in a directory that holds none of the test's files: these tests upload.
process.env['TRACEPROF_LOCAL_SYMBOL_DIRS'] = '/nonexistent-traceprof-symbols';

describe('naming native frames from uploaded symbols', () => {
  let program: NativeProgram | undefined;
  let store: TempStore;
  before(async () => {
    store = await openTempStore();
  });
  after(async () => {
    await store.close();
    program?.remove();
  });

  /** The program, built once for the suite (undefined when the test was skipped). */
  function built(t: TestContext): NativeProgram | undefined {
    program ??= buildNativeProgram(t);
    return program;
  }

  async function flamePath(requests: ReturnType<typeof nativeProfileRequests>) {
    const p = await okBody(() =>
      spanProfileApi(store.client, requests.traceId, requests.spanId, new URLSearchParams()),
    );
    assert.equal(p.tier, 'exact');
    return path(p.tree);
  }

  const counts = async () =>
    (
      await queryRows<{ s: string; f: string }>(
        store.client,
        'SELECT (SELECT count() FROM symbols) AS s, (SELECT count() FROM symbol_files) AS f',
      )
    )[0];

  it('shows module+0xaddress before any symbols, the function names after the upload', async (t) => {
    const p = built(t);
    if (!p) return;
    const requests = nativeProfileRequests(p);
    await loadNativeProfile(store, requests);
    assert.deepEqual(await flamePath(requests), [
      `orders+${hex(p.inside('write_receipt'))}`,
      `orders+${hex(p.inside('price_items'))}`,
      `orders+${hex(p.inside('parse_order'))}`,
      `libother.so+${hex(otherAddress)}`,
    ]);
    const running = async (fn: string) =>
      (
        await okBody(() =>
          spansRunningFunctionApi(
            store.client,
            new URLSearchParams({ function: fn, from: String(Date.now() - 3_600_000) }),
          ),
        )
      ).spans.map((sp) => sp.spanId);
    assert.deepEqual(await running('PRICE_items'), []);
    const up = await okBody(() => symbolsApi(store.client, fileBytes(p.binary)));
    assert.deepEqual(up.buildIds, [p.gnuBuildId, profilerFileId(fileBytes(p.binary))]);
    assert.equal(up.stored, true);
    assert.ok(up.symbols >= 4, `symbols: ${up.symbols}`);
    // Samples stored before the upload are named: symbols apply when profiles are read.
    assert.deepEqual(await flamePath(requests), named);
    // And the explorer's function search finds the span by the symbol's name.
    assert.deepEqual(await running('PRICE_items'), [requests.spanId]);
    assert.deepEqual(await running('no_such_function'), []);
  });

  it('stores the same file once: a second upload changes nothing', async (t) => {
    const p = built(t);
    if (!p) return;
    const before = await counts();
    const again = await okBody(() => symbolsApi(store.client, fileBytes(p.binary)));
    assert.equal(again.stored, false);
    assert.deepEqual(await counts(), before);
  });

  it('names frames that carry the profiler file id instead of the GNU build id', async (t) => {
    const p = built(t);
    if (!p) return;
    const requests = nativeProfileRequests(p, profilerFileId(fileBytes(p.binary)));
    await loadNativeProfile(store, requests);
    assert.deepEqual(await flamePath(requests), named);
  });

  it('refuses a body that is not ELF, cut short, or empty, with 400 naming why, storing nothing', async (t) => {
    const p = built(t);
    if (!p) return;
    const before = await counts();
    const bytes = fileBytes(p.binary);
    for (const [body, message] of [
      [Buffer.from('{"not": "elf"}'), /not a readable ELF file: not an ELF file/],
      [bytes.subarray(0, 4096), /not a readable ELF file: truncated: the section header table/],
      [new Uint8Array(0), /the body is empty/],
    ] as const) {
      const r = await refusal(() => symbolsApi(store.client, body));
      assert.equal(r.status, 400);
      assert.match(r.error, message);
    }
    assert.deepEqual(await counts(), before);
  });
});

describe('naming native frames of a stripped binary from its debug file', () => {
  let store: TempStore;
  before(async () => {
    store = await openTempStore();
  });
  after(() => store.close());

  it('finds no names in the stripped binary, and all of them in its debug file', async (t) => {
    const p = buildNativeProgram(t);
    if (!p) return;
    try {
      const requests = nativeProfileRequests(p);
      await loadNativeProfile(store, requests);
      const flame = async () =>
        path(
          (
            await okBody(() =>
              spanProfileApi(
                store.client,
                requests.traceId,
                requests.spanId,
                new URLSearchParams(),
              ),
            )
          ).tree,
        );
      await okBody(() => symbolsApi(store.client, fileBytes(p.stripped)));
      assert.equal((await flame())[0], `orders+${hex(p.inside('write_receipt'))}`);
      const debug = await okBody(() => symbolsApi(store.client, fileBytes(p.debug)));
      assert.deepEqual(debug.buildIds, [p.gnuBuildId]);
      assert.equal(debug.stored, true);
      assert.deepEqual(await flame(), named);
    } finally {
      p.remove();
    }
  });
});
