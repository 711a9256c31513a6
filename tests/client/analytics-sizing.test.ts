import { describe, expect, it } from 'vitest';
import { NODE_SIZE, sizesFromScores, topScores } from '../../client/src/core/analytics/index.js';
import { paddedDomain } from '../../client/src/core/timeline/index.js';

const scores = (entries: Record<string, number>) => new Map(Object.entries(entries));

describe('node sizes from centrality', () => {
  it('runs from the smallest size for no score to the largest for the top score', () => {
    const sizes = sizesFromScores(scores({ project: 4, unodc: 1, place: 0 }));
    expect(sizes.get('project')).toBe(NODE_SIZE.max);
    expect(sizes.get('unodc')).toBe(50);
    expect(sizes.get('place')).toBe(NODE_SIZE.min);
  });

  it('grows with the square root, so four times the score reads as four times the area', () => {
    const sizes = sizesFromScores(scores({ hub: 16, broker: 4, leaf: 1 }));
    const above = (id: string) => sizes.get(id)! - NODE_SIZE.min;
    expect(above('hub') / above('broker')).toBeCloseTo(2);
    expect(above('broker') / above('leaf')).toBeCloseTo(2);
  });

  it('keeps the default size when no score ranks one node above another', () => {
    const equalScores: Record<string, number>[] = [{ a: 0, b: 0 }, { a: 3, b: 3, c: 3 }, { alone: 5 }];
    for (const equal of equalScores) {
      expect([...sizesFromScores(scores(equal)).values()].every((size) => size === NODE_SIZE.default), JSON.stringify(equal)).toBe(true);
    }
  });

  it('draws a negative score at the smallest size', () => {
    expect(sizesFromScores(scores({ a: 4, b: -2 })).get('b')).toBe(NODE_SIZE.min);
  });

  it('sizes nothing for no nodes', () => {
    expect(sizesFromScores(new Map()).size).toBe(0);
  });
});

describe('the brokers list', () => {
  it('lists the highest scores first, ties by id, leaving out zero scores', () => {
    expect(topScores(scores({ 'state:KAZ': 2, 'org:unodc': 2, project: 5, place: 0 }), 3)).toEqual([
      { id: 'project', score: 5 },
      { id: 'org:unodc', score: 2 },
      { id: 'state:KAZ', score: 2 },
    ]);
  });

  it('stops at the count asked for', () => {
    expect(topScores(scores({ a: 3, b: 2, c: 1 }), 2).map((entry) => entry.id)).toEqual(['a', 'b']);
    expect(topScores(scores({ a: 3 }), 0)).toEqual([]);
    expect(topScores(new Map(), 5)).toEqual([]);
  });
});

describe('large graphs', () => {
  // Spreading 200,000 values into Math.max's arguments overflows the call stack (~100k in V8).
  const LARGE = 200_000;

  it('sizes 200,000 nodes without overflowing the stack', () => {
    const many = new Map(Array.from({ length: LARGE }, (_, index) => [`n${index}`, index % 1000]));
    const sizes = sizesFromScores(many);
    expect(sizes.size).toBe(LARGE);
    expect(sizes.get('n999')).toBe(NODE_SIZE.max);
    expect(sizes.get('n0')).toBe(NODE_SIZE.min);
  });

  it('spans a timeline of 200,000 events without overflowing the stack', () => {
    const start = Date.UTC(2020, 0, 1);
    const intervals = Array.from({ length: LARGE }, (_, index) => ({ start: start + index * 60_000, end: start + index * 60_000 + 1 }));
    expect(paddedDomain(intervals)).toEqual({ start, end: Date.UTC(2021, 0, 1) });
  });
});
