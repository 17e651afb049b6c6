import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { grantWarnings } from '@/lib/sql-console/console-user-check';
import { consoleUserStatements } from '@/lib/sql-console/console-user-sql';
import { openTempStore, queryRows, type TempStore } from '@/test/support/temp-store';

describe("the SQL console's own ClickHouse user (server mode)", () => {
  let store: TempStore;
  before(async () => {
    store = await openTempStore();
  });
  after(() => store.close());

  it("is created by statements the engine's own parser accepts, granting SELECT on the store only", async () => {
    const statements = consoleUserStatements({
      user: 'traceprof_console',
      password: "it's a secret",
      database: 'traceprof',
    });
    assert.equal(statements.length, 3);
    for (const statement of statements) {
      const [row] = await queryRows<{ f: string }>(
        store.client,
        'SELECT formatQuery({q:String}) AS f',
        {
          q: statement,
        },
      );
      assert.ok(row?.f, statement);
    }
    const grants = statements.filter((s) => s.startsWith('GRANT'));
    assert.deepEqual(grants, ['GRANT SELECT ON traceprof.* TO traceprof_console']);
    assert.match(statements[0] ?? '', /readonly = 2 CONST/);
    assert.match(statements[0] ?? '', /max_execution_time = 10 MAX 10/);
    assert.match(statements[1] ?? '', /BY 'it\\'s a secret'/);
  });

  it('refuses names that are not plain identifiers', () => {
    assert.throws(
      () => consoleUserStatements({ user: 'x; DROP', password: 'p', database: 'd' }),
      /plain identifier/,
    );
  });

  it('warns about every grant beyond SELECT on the store', () => {
    const row = (access_type: string, database: string | null) => ({
      access_type,
      database,
      table: null,
      is_partial_revoke: 0,
    });
    assert.deepEqual(grantWarnings([row('SELECT', 'traceprof')], 'traceprof'), []);
    const warnings = grantWarnings(
      [
        row('SELECT', 'traceprof'),
        row('SOURCES', null),
        row('KILL QUERY', null),
        row('SELECT', 'other'),
      ],
      'traceprof',
    );
    assert.equal(warnings.length, 3);
    assert.match(warnings[0] ?? '', /SOURCES on \*\.\*/);
    assert.match(warnings[2] ?? '', /SELECT on other/);
  });
});
