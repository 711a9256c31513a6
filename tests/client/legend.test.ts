import { describe, expect, it } from 'vitest';
import { CURATED_DATASET, DATASET_IDS, ENTITY_KINDS, RELATION_TYPES } from '../../client/src/core/model/index.js';
import { ARROW_SHAPES, DATASET_MARKS, dashArray, KIND_STYLES, LINE_STYLES, NODE_SHAPES, RELATION_STYLES, svgShape } from '../../client/src/core/legend/index.js';

/** WCAG 2 contrast ratio of a #rrggbb colour against white. */
function contrastOnWhite(colour: string): number {
  const channels = [1, 3, 5].map((start) => parseInt(colour.slice(start, start + 2), 16) / 255);
  const [r, g, b] = channels.map((value) => (value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4)) as [number, number, number];
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  return 1.05 / (luminance + 0.05);
}

function polygonPoints(svg: string): [number, number][] {
  const points = /points="([^"]+)"/.exec(svg)?.[1] ?? '';
  return points.split(' ').map((pair) => pair.split(',').map(Number) as [number, number]);
}

describe('entity kinds in the legend', () => {
  it('styles exactly the kinds of the data model', () => {
    expect(Object.keys(KIND_STYLES).sort()).toEqual([...ENTITY_KINDS].sort());
  });

  it('gives every kind its own colour and its own shape, so colour is never the only cue', () => {
    const styles = ENTITY_KINDS.map((kind) => KIND_STYLES[kind]);
    expect(new Set(styles.map((style) => style.colour.toLowerCase())).size).toBe(ENTITY_KINDS.length);
    expect(new Set(styles.map((style) => style.shape)).size).toBe(ENTITY_KINDS.length);
    expect(new Set(styles.map((style) => style.plural)).size).toBe(ENTITY_KINDS.length);
  });

  it('uses only shapes that can also be drawn in SVG, with hex colours', () => {
    for (const kind of ENTITY_KINDS) {
      expect(NODE_SHAPES, kind).toContain(KIND_STYLES[kind].shape);
      expect(KIND_STYLES[kind].colour, kind).toMatch(/^#[0-9A-Fa-f]{6}$/);
    }
  });
});

describe('relation types in the legend', () => {
  it('styles exactly the relation types of the data model', () => {
    expect(Object.keys(RELATION_STYLES).sort()).toEqual([...RELATION_TYPES].sort());
  });

  it('tells every type apart by line pattern and arrow head alone', () => {
    const patterns = RELATION_TYPES.map((type) => `${RELATION_STYLES[type].line}/${RELATION_STYLES[type].arrow}`);
    expect(new Set(patterns).size).toBe(RELATION_TYPES.length);
    for (const type of RELATION_TYPES) {
      expect(LINE_STYLES, type).toContain(RELATION_STYLES[type].line);
      expect(ARROW_SHAPES, type).toContain(RELATION_STYLES[type].arrow);
    }
  });

  it('gives every type its own non-empty verb', () => {
    const verbs = RELATION_TYPES.map((type) => RELATION_STYLES[type].verb);
    expect(verbs.every((verb) => verb.trim().length > 0)).toBe(true);
    expect(new Set(verbs).size).toBe(RELATION_TYPES.length);
  });

  it('draws every type at 3:1 contrast or more on the white canvas', () => {
    for (const type of RELATION_TYPES) {
      expect(contrastOnWhite(RELATION_STYLES[type].colour), type).toBeGreaterThanOrEqual(3);
    }
  });
});

describe('dataset layers on the links', () => {
  const reference = DATASET_IDS.filter((dataset) => dataset !== CURATED_DATASET);
  it('leaves the curated links unmarked and marks each reference dataset with its own shape and its own colour', () => {
    expect(Object.keys(DATASET_MARKS).sort()).toEqual([...DATASET_IDS].sort());
    expect(DATASET_MARKS[CURATED_DATASET].shape).toBeNull();
    const marks = reference.map((dataset) => DATASET_MARKS[dataset]);
    expect(marks.every((mark) => mark.shape !== null && ARROW_SHAPES.includes(mark.shape))).toBe(true);
    expect(new Set(marks.map((mark) => mark.shape)).size).toBe(reference.length);
    expect(new Set(marks.map((mark) => mark.colour)).size).toBe(reference.length);
  });

  it('uses colours no kind or relation type uses, each at 3:1 or more on white', () => {
    const taken = new Set([...ENTITY_KINDS.map((kind) => KIND_STYLES[kind].colour), ...RELATION_TYPES.map((type) => RELATION_STYLES[type].colour)].map((colour) => colour.toLowerCase()));
    for (const dataset of reference) {
      expect(taken.has(DATASET_MARKS[dataset].colour.toLowerCase()), dataset).toBe(false);
      expect(contrastOnWhite(DATASET_MARKS[dataset].colour), dataset).toBeGreaterThanOrEqual(3);
    }
  });
});

describe('dash patterns', () => {
  it('scales dashes and dots with the stroke width; solid lines have none', () => {
    expect(dashArray('solid', 2)).toBeNull();
    expect(dashArray('dashed', 2)).toBe('8 6');
    expect(dashArray('dotted', 2)).toBe('2 4');
  });
});

describe('node shapes in SVG', () => {
  const attributes = 'fill="#0072B2"';

  it('draws an ellipse and a rounded rectangle centred on the point', () => {
    expect(svgShape('ellipse', 100, 50, 30, 20, attributes)).toBe('<ellipse cx="100" cy="50" rx="15" ry="10" fill="#0072B2"/>');
    expect(svgShape('round-rectangle', 100, 50, 30, 20, attributes)).toBe('<rect x="85" y="40" width="30" height="20" rx="5" fill="#0072B2"/>');
  });

  it('draws a diamond through the midpoints of its box', () => {
    expect(svgShape('diamond', 0, 0, 20, 20, attributes)).toBe('<polygon points="0,-10 10,0 0,10 -10,0" fill="#0072B2"/>');
  });

  it.each([
    ['triangle', 3],
    ['hexagon', 6],
    ['star', 10],
    ['rhomboid', 4],
  ] as const)('draws a %s with %i corners filling its box exactly', (shape, corners) => {
    const points = polygonPoints(svgShape(shape, 50, 40, 30, 20, attributes));
    expect(points).toHaveLength(corners);
    const xs = points.map(([x]) => x);
    const ys = points.map(([, y]) => y);
    expect([Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)]).toEqual([35, 65, 30, 50]);
  });

  it('draws every shape of every kind', () => {
    for (const kind of ENTITY_KINDS) {
      expect(svgShape(KIND_STYLES[kind].shape, 0, 0, 30, 30, attributes), kind).toMatch(/^<(ellipse|rect|polygon) [^>]*fill="#0072B2"\/>$/);
    }
  });
});
