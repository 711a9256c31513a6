import { describe, expect, it } from 'vitest';
import { contains, DIRECTIONS, fitViewport, minimapTransform, nearestInDirection } from '../../client/src/core/navigation/index.js';

describe('moving the selection with the arrow keys', () => {
  const here = { id: 'here', x: 0, y: 0 };
  const nodes = [
    here,
    { id: 'right', x: 100, y: 0 },
    { id: 'far-right', x: 200, y: 0 },
    { id: 'up', x: 0, y: -100 },
    { id: 'up-right', x: 100, y: -100 },
    { id: 'steep', x: 50, y: -200 },
    { id: 'down', x: 10, y: 300 },
  ];

  it('picks the nearest node lying that way', () => {
    expect(nearestInDirection(here, nodes, 'right')).toBe('right');
    expect(nearestInDirection(here, nodes, 'up')).toBe('up');
    expect(nearestInDirection(here, nodes, 'down')).toBe('down');
  });

  it('finds nothing when no node lies that way', () => {
    expect(nearestInDirection(here, nodes, 'left')).toBeNull();
    expect(nearestInDirection(here, [], 'left')).toBeNull();
    expect(nearestInDirection(here, [here, { id: 'twin', x: 0, y: 0 }], 'right')).toBeNull();
  });

  it('prefers a straighter node to a slightly nearer one off to the side', () => {
    expect(nearestInDirection(here, [{ id: 'aside', x: 100, y: 50 }, { id: 'ahead', x: 150, y: 0 }], 'right')).toBe('ahead');
  });

  it('looks no wider than 60 degrees either side', () => {
    expect(nearestInDirection(here, [{ id: 'edge', x: 100, y: 173 }], 'right')).toBe('edge');
    expect(nearestInDirection(here, [{ id: 'beyond', x: 100, y: 174 }], 'right')).toBeNull();
  });

  it('knows the four arrow directions', () => {
    expect([...DIRECTIONS]).toEqual(['left', 'right', 'up', 'down']);
  });
});

describe('the minimap', () => {
  it('fits the graph inside the padding, centred, keeping its aspect ratio', () => {
    const transform = minimapTransform({ x1: 0, y1: 0, w: 200, h: 100 }, { width: 112, height: 112 });
    expect(transform.scale).toBe(0.5);
    expect(transform.toMinimap({ x: 0, y: 0 })).toEqual({ x: 6, y: 31 });
    expect(transform.toMinimap({ x: 200, y: 100 })).toEqual({ x: 106, y: 81 });
  });

  it('centres a graph lying in negative coordinates', () => {
    const transform = minimapTransform({ x1: -100, y1: -50, w: 200, h: 100 }, { width: 212, height: 112 });
    expect(transform.toMinimap({ x: 0, y: 0 })).toEqual({ x: 106, y: 56 });
  });

  it('maps minimap clicks back to the same model point', () => {
    const transform = minimapTransform({ x1: -340, y1: 120, w: 910, h: 385 }, { width: 180, height: 120 }, 8);
    for (const point of [{ x: -340, y: 120 }, { x: 0, y: 0 }, { x: 570, y: 505 }, { x: 12.5, y: -7.25 }]) {
      const back = transform.toModel(transform.toMinimap(point));
      expect(back.x).toBeCloseTo(point.x);
      expect(back.y).toBeCloseTo(point.y);
    }
  });

  it('draws a graph of one point in the middle of the minimap', () => {
    const transform = minimapTransform({ x1: 50, y1: 50, w: 0, h: 0 }, { width: 100, height: 80 });
    expect(transform.toMinimap({ x: 50, y: 50 })).toEqual({ x: 50, y: 40 });
    expect(Number.isFinite(transform.scale)).toBe(true);
  });
});

describe('fitting a box in the viewport', () => {
  it('zooms until the box fills the padded viewport, centring it', () => {
    expect(fitViewport({ x1: 0, y1: 0, w: 200, h: 100 }, { width: 800, height: 600 }, 50, 10)).toEqual({ zoom: 3.5, pan: { x: 50, y: 125 } });
  });

  it('keeps what covers an edge of the viewport clear: the box fits below a toolbox on the top', () => {
    const { zoom, pan } = fitViewport({ x1: 0, y1: 0, w: 200, h: 100 }, { width: 800, height: 600 }, { top: 100, right: 50, bottom: 50, left: 50 }, 10);
    expect(zoom).toBe(3.5);
    // The box's top edge lands at the top inset, its bottom edge 50 px above the bottom.
    expect(pan.y).toBe(100 + (450 - 350) / 2);
    expect(pan.y + 100 * zoom).toBe(550 - (450 - 350) / 2);
    expect(pan.x).toBe(50);
  });

  it('never zooms in past the limit', () => {
    expect(fitViewport({ x1: 0, y1: 0, w: 200, h: 100 }, { width: 800, height: 600 }, 50, 2)).toEqual({ zoom: 2, pan: { x: 200, y: 200 } });
    expect(fitViewport({ x1: 10, y1: 10, w: 0, h: 0 }, { width: 800, height: 600 }, 50, 1.5).zoom).toBe(1.5);
  });

  it('zooms out for a box larger than the viewport, with the box centre on the viewport centre', () => {
    const { zoom, pan } = fitViewport({ x1: -1000, y1: -500, w: 2000, h: 1000 }, { width: 800, height: 600 }, 0, 2);
    expect(zoom).toBe(0.4);
    expect(pan).toEqual({ x: 400, y: 300 });
  });
});

describe('whether one box contains another', () => {
  const viewport = { x1: 0, y1: 0, x2: 100, y2: 100 };

  it('counts a box inside or on the edge as contained', () => {
    expect(contains(viewport, { x1: 10, y1: 10, x2: 90, y2: 90 })).toBe(true);
    expect(contains(viewport, viewport)).toBe(true);
  });

  it.each([
    ['left', { x1: -1, y1: 10, x2: 90, y2: 90 }],
    ['top', { x1: 10, y1: -1, x2: 90, y2: 90 }],
    ['right', { x1: 10, y1: 10, x2: 101, y2: 90 }],
    ['bottom', { x1: 10, y1: 10, x2: 90, y2: 101 }],
  ])('does not when the box sticks out at the %s', (_, box) => {
    expect(contains(viewport, box)).toBe(false);
  });
});
