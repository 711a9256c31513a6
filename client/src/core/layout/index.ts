export { entryPositions, centroid, type Point } from './placement.js';
