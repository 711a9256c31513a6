import { dashArray, KIND_STYLES, NODE_OUTLINE, RELATION_STYLES, svgShape, type ArrowShape } from '../legend/index.js';
import { RELATION_TYPES, type EntityKind, type RelationType } from '../model/index.js';

/**
 * The view as a standalone SVG, drawn from the same legend as the canvas. Hand-written rather
 * than a plug-in: the drawing is simple, and the one Cytoscape SVG plug-in is GPL-licensed.
 */

export interface Point {
  x: number;
  y: number;
}

export interface SvgNode {
  label: string;
  kind: EntityKind;
  position: Point;
  width: number;
  height: number;
  /** Faded elements (outside a brushed period, off a highlighted path) export faded too. */
  opacity: number;
}

export interface SvgEdge {
  type: RelationType;
  source: Point;
  target: Point;
  /** Quadratic control point of a curved (parallel) edge. */
  control?: Point;
  opacity: number;
}

export interface SvgSnapshot {
  title: string;
  nodes: SvgNode[];
  edges: SvgEdge[];
}

const MARKERS: Record<ArrowShape, string> = {
  triangle: '<path d="M0,0 L10,5 L0,10 z"/>',
  vee: '<path d="M0,0 L10,5 L0,10 L3,5 z"/>',
  circle: '<circle cx="5" cy="5" r="4.5"/>',
  diamond: '<path d="M0,5 L5,0 L10,5 L5,10 z"/>',
  square: '<rect x="1" y="1" width="8" height="8"/>',
  tee: '<rect x="7" y="0" width="3" height="10"/>',
  chevron: '<path d="M0,0 L10,5 L0,10 L0,7 L5,5 L0,3 z"/>',
  'triangle-tee': '<path d="M0,1 L7,5 L0,9 z"/><rect x="8.5" y="0" width="1.5" height="10"/>',
  'triangle-cross': '<path d="M3,1 L10,5 L3,9 z"/><rect x="0" y="0" width="1.5" height="10"/>',
};

const EDGE_WIDTH = 1.6;
const FONT_SIZE = 11;
const MARGIN = 40;

export function renderSvg(snapshot: SvgSnapshot): string {
  const box = bounds(snapshot);
  const width = Math.ceil(box.x2 - box.x1 + 2 * MARGIN);
  const height = Math.ceil(box.y2 - box.y1 + 2 * MARGIN);
  const viewBox = `${round(box.x1 - MARGIN)} ${round(box.y1 - MARGIN)} ${width} ${height}`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${viewBox}" width="${width}" height="${height}" font-family="DejaVu Sans, Arial, sans-serif" font-size="${FONT_SIZE}">`,
    `<title>${escapeXml(snapshot.title)}</title>`,
    `<rect x="${round(box.x1 - MARGIN)}" y="${round(box.y1 - MARGIN)}" width="${width}" height="${height}" fill="#ffffff"/>`,
    `<defs>${RELATION_TYPES.map(marker).join('')}</defs>`,
    ...snapshot.edges.map(edge),
    ...snapshot.nodes.map(node),
    '</svg>',
  ].join('\n');
}

function marker(type: RelationType): string {
  const style = RELATION_STYLES[type];
  const refX = style.arrow === 'circle' || style.arrow === 'square' ? 9 : 10;
  return `<marker id="arrow-${type}" viewBox="0 0 10 10" refX="${refX}" refY="5" markerWidth="7" markerHeight="7" orient="auto" fill="${style.colour}">${MARKERS[style.arrow]}</marker>`;
}

function edge(item: SvgEdge): string {
  const style = RELATION_STYLES[item.type];
  const dash = dashArray(style.line, EDGE_WIDTH);
  const path = item.control
    ? `M${round(item.source.x)},${round(item.source.y)} Q${round(item.control.x)},${round(item.control.y)} ${round(item.target.x)},${round(item.target.y)}`
    : `M${round(item.source.x)},${round(item.source.y)} L${round(item.target.x)},${round(item.target.y)}`;
  return `<path d="${path}" fill="none" stroke="${style.colour}" stroke-width="${EDGE_WIDTH}"${dash ? ` stroke-dasharray="${dash}"` : ''} marker-end="url(#arrow-${item.type})" opacity="${item.opacity}"/>`;
}

function node(item: SvgNode): string {
  const style = KIND_STYLES[item.kind];
  const { x, y } = item.position;
  const shape = svgShape(style.shape, x, y, item.width, item.height, `fill="${style.colour}" stroke="${NODE_OUTLINE}" stroke-width="1.5"`);
  const lines = wrapLabel(item.label, 22);
  const text = lines
    .map((line, index) => `<tspan x="${round(x)}" dy="${index === 0 ? 0 : FONT_SIZE * 1.2}">${escapeXml(line)}</tspan>`)
    .join('');
  const labelY = round(y + item.height / 2 + FONT_SIZE + 2);
  return `<g opacity="${item.opacity}">${shape}<text x="${round(x)}" y="${labelY}" text-anchor="middle" fill="#1f2933" stroke="#ffffff" stroke-width="3" paint-order="stroke">${text}</text></g>`;
}

/** Breaks a label into lines of at most `width` characters, at spaces where it can. */
export function wrapLabel(label: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of label.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

function bounds(snapshot: SvgSnapshot): { x1: number; y1: number; x2: number; y2: number } {
  if (snapshot.nodes.length === 0) return { x1: 0, y1: 0, x2: 100, y2: 100 };
  const labelRoom = FONT_SIZE * 4;
  return {
    x1: least(snapshot.nodes.map((item) => item.position.x - Math.max(item.width / 2, 70))),
    y1: least(snapshot.nodes.map((item) => item.position.y - item.height / 2)),
    x2: most(snapshot.nodes.map((item) => item.position.x + Math.max(item.width / 2, 70))),
    y2: most(snapshot.nodes.map((item) => item.position.y + item.height / 2 + labelRoom)),
  };
}

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

/** Folds rather than spreading into Math.min/max, which overflows the stack beyond ~100k values. */
function least(values: readonly number[]): number {
  return values.reduce((low, value) => Math.min(low, value), Infinity);
}

function most(values: readonly number[]): number {
  return values.reduce((high, value) => Math.max(high, value), -Infinity);
}
