import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { splitForMiddleEllipsis } from '@/components/format/format-name';

describe('splitForMiddleEllipsis', () => {
  it('keeps short names whole', () => {
    assert.deepEqual(splitForMiddleEllipsis('main.hashLedger'), {
      head: 'main.hashLedger',
      tail: '',
    });
  });

  it('keeps the last path element whole when it is short enough', () => {
    assert.deepEqual(splitForMiddleEllipsis('crypto/internal/fips140/sha256.(*Digest).checkSum'), {
      head: 'crypto/internal/fips140/',
      tail: 'sha256.(*Digest).checkSum',
    });
  });

  it('keeps the last 24 characters of a name without a short last element, losing nothing', () => {
    const name = 'io.netty.channel.nio.NioEventLoop.processSelectedKeysOptimized';
    const { head, tail } = splitForMiddleEllipsis(name);
    assert.equal(head + tail, name);
    assert.equal(tail, name.slice(-24));
  });

  it('counts characters, not UTF-16 units', () => {
    const { head, tail } = splitForMiddleEllipsis('ä'.repeat(50));
    assert.equal(Array.from(tail).length, 24);
    assert.equal(Array.from(head).length, 26);
  });
});
