export { minimapTransform, fitViewport, contains, type Box, type MinimapTransform } from './minimap.js';
export { nearestInDirection, DIRECTIONS, type Direction } from './spatial.js';
