import { DATASET_MARKS, dashArray, KIND_STYLES, NODE_OUTLINE, RELATION_STYLES, svgShape } from '../../core/legend/index.js';
import type { DatasetId, EntityKind, RelationType } from '../../core/model/index.js';

const SVG_NS = 'http://www.w3.org/2000/svg';

function svgIcon(width: number, height: number, markup: string): SVGSVGElement {
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('width', String(width));
  svg.setAttribute('height', String(height));
  svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  svg.classList.add('swatch');
  svg.innerHTML = markup; // built from the legend's own constants, never from data
  return svg;
}

/** The kind's shape in its colour, as the graph draws it. */
export function kindSwatch(kind: EntityKind, size = 16): SVGSVGElement {
  const style = KIND_STYLES[kind];
  return svgIcon(size, size, svgShape(style.shape, size / 2, size / 2, size - 3, size - 3, `fill="${style.colour}" stroke="${NODE_OUTLINE}" stroke-width="1.2"`));
}

/** A short stretch of the relation type's line, with its arrow head. */
export function relationSwatch(type: RelationType, width = 34, height = 14): SVGSVGElement {
  const style = RELATION_STYLES[type];
  const dash = dashArray(style.line, 2);
  const y = height / 2;
  const head = arrowHead(style.arrow, width - 2, y, style.colour);
  return svgIcon(width, height, `<line x1="2" y1="${y}" x2="${width - 8}" y2="${y}" stroke="${style.colour}" stroke-width="2"${dash ? ` stroke-dasharray="${dash}"` : ''}/>${head}`);
}

/** A short stretch of plain line with the dataset's mark in its middle, as the graph draws its links. */
export function datasetSwatch(dataset: DatasetId, width = 34, height = 14): SVGSVGElement {
  const mark = DATASET_MARKS[dataset];
  const y = height / 2;
  const middle = mark.shape ? arrowHead(mark.shape, width / 2 + 4, y, mark.colour) : '';
  return svgIcon(width, height, `<line x1="2" y1="${y}" x2="${width - 2}" y2="${y}" stroke="#6b7280" stroke-width="2"/>${middle}`);
}

function arrowHead(shape: string, tipX: number, y: number, colour: string): string {
  const fill = `fill="${colour}"`;
  switch (shape) {
    case 'triangle':
      return `<path d="M${tipX - 8},${y - 4} L${tipX},${y} L${tipX - 8},${y + 4} z" ${fill}/>`;
    case 'vee':
      return `<path d="M${tipX - 8},${y - 4} L${tipX},${y} L${tipX - 8},${y + 4} L${tipX - 5},${y} z" ${fill}/>`;
    case 'circle':
      return `<circle cx="${tipX - 4}" cy="${y}" r="3.5" ${fill}/>`;
    case 'diamond':
      return `<path d="M${tipX - 8},${y} L${tipX - 4},${y - 4} L${tipX},${y} L${tipX - 4},${y + 4} z" ${fill}/>`;
    case 'chevron':
      return `<path d="M${tipX - 8},${y - 5} L${tipX},${y} L${tipX - 8},${y + 5} L${tipX - 8},${y + 2} L${tipX - 4},${y} L${tipX - 8},${y - 2} z" ${fill}/>`;
    case 'square':
      return `<rect x="${tipX - 7}" y="${y - 3.5}" width="7" height="7" ${fill}/>`;
    case 'triangle-tee':
      return `<path d="M${tipX - 8},${y - 4} L${tipX - 2},${y} L${tipX - 8},${y + 4} z" ${fill}/><rect x="${tipX - 1.5}" y="${y - 5}" width="1.5" height="10" ${fill}/>`;
    case 'triangle-cross':
      return `<path d="M${tipX - 6},${y - 4} L${tipX},${y} L${tipX - 6},${y + 4} z" ${fill}/><rect x="${tipX - 10}" y="${y - 5}" width="1.5" height="10" ${fill}/>`;
    default:
      return `<rect x="${tipX - 3}" y="${y - 5}" width="3" height="10" ${fill}/>`;
  }
}
