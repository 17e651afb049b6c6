import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  functionRefusal,
  refusedFamilies,
  reviewedEngineVersion,
  reviewedFunctionNames,
} from '@/lib/sql-console/function-policy';
import { openTempStore, queryRows, type TempStore } from '@/test/support/temp-store';

describe("the console's function allow-list", () => {
  let store: TempStore;
  before(async () => {
    store = await openTempStore();
  });
  after(() => store.close());

  it("was reviewed against this engine's own function catalogue", async () => {
    const [{ version }] = (await queryRows<{ version: string }>(
      store.client,
      'SELECT version() AS version',
    )) as [{ version: string }];
    const names = (
      await queryRows<{ name: string }>(store.client, 'SELECT name FROM system.functions')
    ).map((r) => r.name);
    const reviewed = new Set(reviewedFunctionNames());
    const unreviewed = names.filter((n) => !reviewed.has(n));
    assert.deepEqual(
      unreviewed,
      [],
      `engine ${version} has functions not reviewed for the console (reviewed: ${reviewedEngineVersion}); review them against refusedFamilies and refresh lib/sql-console/engine-functions.json`,
    );
  });

  it('allows ordinary functions, their aliases, case-insensitive spellings and aggregate combinators', () => {
    for (const name of [
      'count',
      'COUNT',
      'sum',
      'sumIf',
      'quantilesArrayIf',
      'uniqExactState',
      'countDistinct',
      'arrayMap',
      'lambda',
      'toStartOfMinute',
      'positionCaseInsensitive',
      'formatQuery',
      'if',
      'CAST',
      'lagInFrame',
      'row_number',
    ]) {
      assert.equal(functionRefusal(name), undefined, name);
    }
  });

  it('refuses every left-out family, under any of its names', () => {
    const cases: [string, RegExp][] = [
      ['file', /files/],
      ['filesystemCapacity', /files/],
      ['dictGetString', /dictionary/],
      ['regionToName', /dictionary/],
      ['aiGenerate', /network/],
      ['AIGenerate', /network/], // an alias
      ['hostname', /machine/], // an alias of hostName
      ['getSetting', /settings/],
      ['hasColumnInTable', /another server/],
      ['joinGetOrNull', /another server/],
      ['addressToSymbol', /memory, binary/],
      ['__getScalar', /internal/],
      ['sleep', /holds the console/],
      ['catboostEvaluate', /model files/],
    ];
    for (const [name, reason] of cases)
      assert.match(functionRefusal(name) ?? 'allowed', reason, name);
    assert.ok(refusedFamilies.every((f) => f.reason.length > 0 && (f.names ?? f.categories)));
  });

  it('refuses a function the reviewed catalogue does not hold, and combinators on a non-aggregate', () => {
    assert.match(functionRefusal('someFutureFunction') ?? '', /not in the function catalogue/);
    assert.match(functionRefusal('fileIf') ?? '', /not in the function catalogue/);
    assert.match(functionRefusal('FILE') ?? '', /not in the function catalogue/);
  });
});
