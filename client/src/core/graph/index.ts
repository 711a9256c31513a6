export * from './types.js';
export { toElements, toEdgeElement, toNodeElement, type EdgeData, type NodeData } from './elements.js';
export { GraphStore } from './store.js';
export { nodesToCollapse } from './collapse.js';
export { displayLabel } from './labels.js';
export { nextSliceSize } from './slices.js';
