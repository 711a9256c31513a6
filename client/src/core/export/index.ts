export { csvField, toCsv } from './csv.js';
export { subgraphJson, nodesCsv, edgesCsv, type Position } from './graph-files.js';
export { renderSvg, wrapLabel, type SvgSnapshot, type SvgNode, type SvgEdge } from './svg.js';
