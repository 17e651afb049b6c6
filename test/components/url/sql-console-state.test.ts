import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  sqlConsoleHref,
  sqlConsolePath,
  sqlTextFromParams,
  sqlTextPatch,
} from '@/components/url/sql-console-state';

describe('the SQL console in the URL', () => {
  it('reads back the exact query a link was made for, line breaks and quotes included', () => {
    const query = "SELECT count() AS n\nFROM otel_traces\nWHERE ServiceName = 'a&b' -- 100%";
    const href = sqlConsoleHref(query);
    assert.match(href, /^\/sql\?q=/);
    assert.equal(sqlTextFromParams(new URL(href, 'http://x').searchParams), query);
  });

  it('has no query without q=', () => {
    assert.equal(sqlTextFromParams(new URLSearchParams('x=1')), '');
  });

  it('writes the query where it reads it, on the console page', () => {
    const query = 'SELECT 1;\n-- q=2&x';
    const params = new URLSearchParams(sqlTextPatch(query));
    assert.equal(sqlTextFromParams(params), query);
    assert.equal(new URL(sqlConsoleHref(query), 'http://x').pathname, sqlConsolePath);
  });
});
