import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { FlameFrame } from '@/lib/flame/flame-node';
import { drawFlameTree, stackRowsToFlameTree } from '@/lib/flame/stack-rows-to-flame-tree';

const f = (functionName: string, extra: Partial<FlameFrame> = {}): FlameFrame => ({
  functionName,
  fileName: '',
  line: 0,
  module: '',
  frameType: 'go',
  address: '0',
  buildId: '',
  ...extra,
});

describe('stackRowsToFlameTree', () => {
  it('folds leaf-first stacks into a root-first tree with totals and self weights', () => {
    const tree = stackRowsToFlameTree(
      [
        { frames: [f('parse'), f('handle'), f('main')], value: 30 },
        { frames: [f('render'), f('handle'), f('main')], value: 50 },
        { frames: [f('handle'), f('main')], value: 5 },
        { frames: [f('gc'), f('runtime.main')], value: 15 },
      ],
      'span',
    );
    assert.equal(
      drawFlameTree(tree),
      [
        'span 100',
        '  main 85',
        '    handle 85 (self 5)',
        '      render 50 (self 50)',
        '      parse 30 (self 30)',
        '  runtime.main 15',
        '    gc 15 (self 15)',
      ].join('\n'),
    );
  });

  it('labels frames without symbols by module and address, and keeps different addresses apart', () => {
    const tree = stackRowsToFlameTree(
      [
        {
          frames: [
            f('', { module: '/usr/lib/libc.so.6', address: String(0x1a2b), frameType: 'native' }),
            f('main'),
          ],
          value: 2,
        },
        {
          frames: [
            f('', { module: '/usr/lib/libc.so.6', address: String(0x3c4d), frameType: 'native' }),
            f('main'),
          ],
          value: 1,
        },
      ],
      'all',
    );
    assert.equal(
      drawFlameTree(tree),
      [
        'all 3',
        '  main 3',
        '    libc.so.6+0x1a2b 2 (self 2)',
        '    libc.so.6+0x3c4d 1 (self 1)',
      ].join('\n'),
    );
    assert.equal(tree.children[0]?.children[0]?.frameType, 'native');
  });

  it('returns an empty root for no samples', () => {
    assert.equal(drawFlameTree(stackRowsToFlameTree([], 'none')), 'none 0');
  });
});
