import type { NodeShape } from './kind-styles.js';

type Point = readonly [number, number];

/** A regular polygon in the unit square (y down), first vertex at the top, as Cytoscape draws it. */
function regularPolygon(sides: number): Point[] {
  const step = (2 * Math.PI) / sides;
  const start = sides % 2 === 0 ? Math.PI / 2 + step / 2 : Math.PI / 2;
  const points: Point[] = [];
  for (let index = 0; index < sides; index++) {
    const angle = start + index * step;
    points.push([Math.cos(angle), -Math.sin(angle)]);
  }
  return fitToSquare(points);
}

function star(): Point[] {
  const outer = regularPolygon(5);
  const innerRadius = 0.38;
  const points: Point[] = [];
  for (let index = 0; index < 5; index++) {
    const angle = Math.PI / 2 + (index * 2 + 1) * (Math.PI / 5);
    points.push(outer[index]!, [innerRadius * Math.cos(angle), -innerRadius * Math.sin(angle)]);
  }
  return fitToSquare(points);
}

function fitToSquare(points: Point[]): Point[] {
  const xs = points.map(([x]) => x);
  const ys = points.map(([, y]) => y);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  return points.map(([x, y]) => [((x - minX) / (maxX - minX)) * 2 - 1, ((y - minY) / (maxY - minY)) * 2 - 1]);
}

const POLYGONS: Partial<Record<NodeShape, Point[]>> = {
  hexagon: regularPolygon(6),
  triangle: regularPolygon(3),
  star: star(),
  diamond: [[0, -1], [1, 0], [0, 1], [-1, 0]],
  rhomboid: [[-1, -1], [0.333, -1], [1, 1], [-0.333, 1]],
};

/**
 * The SVG element for a node shape centred on (x, y), w × h, with the given presentation
 * attributes already serialised (`fill="…" stroke="…"`). Used by the legend and the SVG export.
 */
export function svgShape(shape: NodeShape, x: number, y: number, width: number, height: number, attributes: string): string {
  if (shape === 'ellipse') {
    return `<ellipse cx="${round(x)}" cy="${round(y)}" rx="${round(width / 2)}" ry="${round(height / 2)}" ${attributes}/>`;
  }
  if (shape === 'round-rectangle') {
    const radius = Math.min(width, height) / 4;
    return `<rect x="${round(x - width / 2)}" y="${round(y - height / 2)}" width="${round(width)}" height="${round(height)}" rx="${round(radius)}" ${attributes}/>`;
  }
  const points = POLYGONS[shape]!.map(([px, py]) => `${round(x + (px * width) / 2)},${round(y + (py * height) / 2)}`);
  return `<polygon points="${points.join(' ')}" ${attributes}/>`;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
