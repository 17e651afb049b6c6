import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ThreadLane, TimelineChild } from '@/lib/contract/timeline-models';
import {
  kindsByType,
  laneMarks,
  placeChildren,
  sliceBetween,
  stripGeometry,
} from '@/components/profile/thread-strip-layout';

const child = (spanId: string, offsetNs: number, durationNs: number): TimelineChild => ({
  spanId,
  name: spanId,
  service: 's',
  offsetNs,
  durationNs,
});

describe('the thread strip layout', () => {
  it('packs overlapping children into rows and clips them to the span', () => {
    const { placed, rows } = placeChildren(
      [child('a', -100, 300), child('b', 100, 400), child('c', 250, 100), child('d', 900, 500)],
      1000,
    );
    assert.equal(rows, 2);
    assert.deepEqual(
      placed.map((p) => [p.child.spanId, p.row, p.from, p.to]),
      [
        ['a', 0, 0, 0.2],
        ['b', 1, 0.1, 0.5],
        ['c', 0, 0.25, 0.35],
        ['d', 0, 0.9, 1],
      ],
    );
  });

  it('never uses more rows than it has room for, and leaves out children outside the span', () => {
    const many = Array.from({ length: 6 }, (_, i) => child(`c${i}`, 0, 1000));
    const { placed, rows } = placeChildren([...many, child('late', 2000, 10)], 1000);
    assert.equal(rows, stripGeometry.maxChildRows);
    assert.equal(placed.length, 6);
    assert.ok(placed.every((p) => p.row < stripGeometry.maxChildRows));
  });

  it("sorts a lane's samples by the kind the API gave their type, inside the span only", () => {
    const lane: ThreadLane = {
      hostName: 'h',
      pid: 1,
      threadId: 2,
      threadName: 'w',
      sampleCount: 4,
      samples: [
        { t: 100, sampleType: 'a', value: 1 },
        { t: 500, sampleType: 'b', value: 7 },
        { t: 1500, sampleType: 'a', value: 1 },
        { t: 250, sampleType: 'unknown', value: 1 },
      ],
    };
    const kinds = kindsByType([
      { sampleType: 'a', unit: 'nanoseconds', kind: 'on-cpu', count: 2 },
      { sampleType: 'b', unit: 'nanoseconds', kind: 'off-cpu', count: 1 },
    ]);
    assert.deepEqual(laneMarks(lane, kinds, 1000), {
      'on-cpu': [0.1],
      'off-cpu': [0.5],
      other: [0.25],
    });
  });

  it('turns a drag either way into an ordered slice of whole ns inside the span', () => {
    assert.deepEqual(sliceBetween(0.45, 0.05, 1e9), { fromNs: 5e7, toNs: 4.5e8 });
    assert.deepEqual(sliceBetween(-0.2, 1.3, 333), { fromNs: 0, toNs: 333 });
  });
});
