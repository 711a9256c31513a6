export { NODE_SIZE, sizesFromScores, topScores } from './sizing.js';
export { CentralityMemo, structureKey } from './centrality-memo.js';
