import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { flameKeyAction, hotPath, type FrameLinks } from '@/components/flame-graph/flame-keys';

interface F extends FrameLinks<F> {
  name: string;
}

/** main → (parse 2, render 5 → (layout 1, paint 3), hidden 0) */
function tree(): Record<string, F> {
  const f = (name: string, value: number, parent: F | null): F => ({ name, value, parent });
  const main = f('main', 7, null);
  const parse = f('parse', 2, main);
  const render = f('render', 5, main);
  const hidden = f('hidden', 0, main);
  const layout = f('layout', 1, render);
  const paint = f('paint', 3, render);
  main.children = [parse, render, hidden];
  render.children = [layout, paint];
  return { main, parse, render, hidden, layout, paint };
}

const moved = (a: ReturnType<typeof flameKeyAction<F>>): string =>
  a.kind === 'move' ? a.to.name : a.kind;

describe('flame graph keys', () => {
  it('follows the heaviest callee: the hot path', () => {
    const t = tree();
    assert.deepEqual(
      hotPath(t.main!).map((f) => f.name),
      ['main', 'render', 'paint'],
    );
  });

  it('moves to callees and callers in the direction they are drawn', () => {
    const t = tree();
    assert.equal(moved(flameKeyAction(t.main!, 'ArrowUp', 'flame')), 'render');
    assert.equal(moved(flameKeyAction(t.main!, 'ArrowDown', 'icicle')), 'render');
    assert.equal(moved(flameKeyAction(t.render!, 'ArrowDown', 'flame')), 'main');
    assert.equal(moved(flameKeyAction(t.render!, 'ArrowUp', 'icicle')), 'main');
    assert.equal(
      moved(flameKeyAction(t.main!, 'ArrowDown', 'flame')),
      'none',
      'the root has no caller',
    );
    assert.equal(
      moved(flameKeyAction(t.paint!, 'ArrowUp', 'flame')),
      'none',
      'a leaf has no callee',
    );
  });

  it('steps between visible neighbours and stops at the ends', () => {
    const t = tree();
    assert.equal(moved(flameKeyAction(t.parse!, 'ArrowRight', 'flame')), 'render');
    assert.equal(moved(flameKeyAction(t.render!, 'ArrowLeft', 'flame')), 'parse');
    assert.equal(
      moved(flameKeyAction(t.render!, 'ArrowRight', 'flame')),
      'none',
      'hidden frames are skipped',
    );
    assert.equal(moved(flameKeyAction(t.parse!, 'ArrowLeft', 'flame')), 'none');
    assert.equal(moved(flameKeyAction(t.main!, 'ArrowLeft', 'flame')), 'none');
  });

  it('zooms on Enter and Space, resets on Escape, ignores other keys', () => {
    const t = tree();
    assert.equal(flameKeyAction(t.render!, 'Enter', 'flame').kind, 'zoom');
    assert.equal(flameKeyAction(t.render!, ' ', 'flame').kind, 'zoom');
    assert.equal(flameKeyAction(t.render!, 'Escape', 'flame').kind, 'reset');
    assert.equal(flameKeyAction(t.render!, 'a', 'flame').kind, 'none');
  });
});
