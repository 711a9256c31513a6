import { describe, expect, it } from 'vitest';
import { centroid, entryPositions, type Point } from '../../client/src/core/layout/index.js';

const ORIGIN = { x: 0, y: 0 };
const distance = (a: Point, b: Point) => Math.hypot(a.x - b.x, a.y - b.y);

describe('where entering nodes start', () => {
  it('places a lone newcomer on the ring around the anchor', () => {
    const position = entryPositions(['org:unodc'], () => [], { x: 100, y: 50 }).get('org:unodc')!;
    expect(position.x).toBeCloseTo(100 + 120 * Math.cos(0.3));
    expect(position.y).toBeCloseTo(50 + 120 * Math.sin(0.3));
  });

  it('starts a node beside the visible nodes it is linked to, not at the anchor', () => {
    const neighbours: Record<string, Point[]> = { 'state:KAZ': [{ x: 1000, y: 0 }, { x: 1200, y: 200 }] };
    const positions = entryPositions(['state:KAZ', 'state:UZB'], (id) => neighbours[id] ?? [], ORIGIN, 50);
    expect(distance(positions.get('state:KAZ')!, { x: 1100, y: 100 })).toBeCloseTo(50);
    expect(distance(positions.get('state:UZB')!, ORIGIN)).toBeCloseTo(50);
  });

  it('spreads several newcomers evenly around the ring', () => {
    const positions = entryPositions(['a', 'b'], () => [], ORIGIN);
    const a = positions.get('a')!;
    const b = positions.get('b')!;
    expect(a.x).toBeCloseTo(-b.x);
    expect(a.y).toBeCloseTo(-b.y);
  });

  it('moves every sixteenth newcomer onto a wider ring', () => {
    const ids = Array.from({ length: 33 }, (_, index) => `n${index}`);
    const positions = entryPositions(ids, () => [], ORIGIN);
    expect(distance(positions.get('n15')!, ORIGIN)).toBeCloseTo(120);
    expect(distance(positions.get('n16')!, ORIGIN)).toBeCloseTo(192);
    expect(distance(positions.get('n32')!, ORIGIN)).toBeCloseTo(264);
  });

  it('places the same expansion the same way every time, and nothing for no newcomers', () => {
    const ids = ['org:unodc', 'org:uncct', 'state:CAN'];
    expect(entryPositions(ids, () => [], ORIGIN)).toEqual(entryPositions(ids, () => [], ORIGIN));
    expect(entryPositions([], () => [], ORIGIN).size).toBe(0);
  });
});

describe('centroids', () => {
  it('averages the points', () => {
    expect(centroid([{ x: 0, y: 0 }, { x: 2, y: 4 }, { x: -5, y: 2 }])).toEqual({ x: -1, y: 2 });
    expect(centroid([{ x: 7, y: -3 }])).toEqual({ x: 7, y: -3 });
  });
});
