import { describe, expect, it } from 'vitest';
import { nextSliceSize } from '../../client/src/core/graph/index.js';

describe('the size of the next slice of elements added in one animation frame', () => {
  it('grows when the last frame was quick, shrinks when it was slow, towards the budget', () => {
    expect(nextSliceSize(100, 50, 100, 25)).toBe(200);
    expect(nextSliceSize(100, 200, 100, 25)).toBe(50);
    expect(nextSliceSize(100, 125, 100, 25)).toBe(80);
  });

  it('changes by at most double or half at a time', () => {
    expect(nextSliceSize(100, 1, 100, 25)).toBe(200);
    expect(nextSliceSize(100, 0, 100, 25)).toBe(200);
    expect(nextSliceSize(100, 5_000, 100, 25)).toBe(50);
  });

  it('never goes below its floor, however slow the frames', () => {
    expect(nextSliceSize(30, 1_000, 100, 25)).toBe(25);
  });
});
