export { NODE_SIZE, sizesFromScores, topScores } from './sizing.js';
