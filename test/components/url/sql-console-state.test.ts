import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sqlConsoleHref, sqlTextFromParams } from '../../../components/url/sql-console-state';

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
});
