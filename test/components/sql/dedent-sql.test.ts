import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dedentSql } from '@/components/sql/dedent-sql';

describe('dedentSql', () => {
  it('removes the indentation of a template literal and its blank first and last lines', () => {
    const sql = '\n    WITH w AS (\n      SELECT 1\n    )\n    SELECT * FROM w\n  ';
    assert.equal(dedentSql(sql), 'WITH w AS (\n  SELECT 1\n)\nSELECT * FROM w');
  });

  it('leaves the first line out of the shared indentation when it follows the backtick', () => {
    const sql = 'SELECT a\n           FROM t\n             WHERE b = 1';
    assert.equal(dedentSql(sql), 'SELECT a\nFROM t\n  WHERE b = 1');
  });

  it('keeps a one-line query as it is, less its outer spaces', () => {
    assert.equal(dedentSql('  SELECT 1'), 'SELECT 1');
  });
});
