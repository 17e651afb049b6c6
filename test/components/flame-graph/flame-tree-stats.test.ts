import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { frameTypesIn, searchShare, topFunctions } from '@/components/flame-graph/flame-tree-stats';
import type { FlameNode } from '@/lib/contract/profile-models';

function node(
  name: string,
  value: number,
  self: number,
  children: FlameNode[] = [],
  frameType = 'go',
): FlameNode {
  return { name, value, self, frameType, file: '', line: 0, module: '', children };
}

/**
 *   span 10
 *     main 10
 *       handle 7 (self 1)
 *         parse 2 (self 2)
 *         handle 4 (self 1)       recursion
 *           parse 3 (self 3)
 *       do_syscall_64 3 (self 3)  kernel
 */
const tree = node(
  'span',
  10,
  0,
  [
    node('main', 10, 0, [
      node('handle', 7, 1, [node('parse', 2, 2), node('handle', 4, 1, [node('parse', 3, 3)])]),
      node('do_syscall_64', 3, 3, [], 'kernel'),
    ]),
  ],
  '',
);

describe('topFunctions', () => {
  it('sums self per function, counts a recursive function once in its total, leaves out callers that never ran themselves', () => {
    assert.deepEqual(
      topFunctions(tree).map((f) => [f.name, f.self, f.total]),
      [
        ['parse', 5, 5],
        ['do_syscall_64', 3, 3],
        ['handle', 2, 7],
      ],
    );
  });
});

describe('searchShare', () => {
  it('counts a match under a matching ancestor once, case-insensitively', () => {
    assert.deepEqual(searchShare(tree, 'HANDLE'), { value: 7, frames: 2 });
    assert.deepEqual(searchShare(tree, 'parse'), { value: 5, frames: 2 });
  });

  it('matches nothing for an empty term and never matches the span itself', () => {
    assert.deepEqual(searchShare(tree, ''), { value: 0, frames: 0 });
    assert.deepEqual(searchShare(tree, 'span'), { value: 0, frames: 0 });
  });
});

describe('frameTypesIn', () => {
  it('lists the frame types present, heaviest self weight first', () => {
    assert.deepEqual(frameTypesIn(tree), ['go', 'kernel']);
  });
});
