import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { middleEllipsis } from '@/components/format/format-name';

describe('middleEllipsis', () => {
  it('keeps short names whole', () => {
    assert.equal(middleEllipsis('main.hashLedger', 20), 'main.hashLedger');
  });

  it('cuts a long name in the middle, keeping its start and its method', () => {
    const cut = middleEllipsis('crypto/internal/fips140/sha256.(*Digest).checkSum', 34);
    assert.equal(Array.from(cut).length, 34);
    assert.ok(cut.startsWith('crypto/inte'), cut);
    assert.ok(cut.endsWith('(*Digest).checkSum'), cut);
    assert.ok(cut.includes('…'));
  });

  it('counts characters, not UTF-16 units', () => {
    assert.equal(Array.from(middleEllipsis('ä'.repeat(50), 10)).length, 10);
  });
});
