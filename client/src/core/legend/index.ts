export { KIND_STYLES, NODE_OUTLINE, NODE_SHAPES, type KindStyle, type NodeShape } from './kind-styles.js';
export { RELATION_STYLES, LINE_STYLES, ARROW_SHAPES, dashArray, type RelationStyle, type LineStyle, type ArrowShape } from './relation-styles.js';
export { svgShape } from './shapes.js';
export { DATASET_MARKS, type DatasetMark } from './dataset-styles.js';
