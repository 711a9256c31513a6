export { minimapTransform, fitViewport, contains, type Box, type Insets, type MinimapTransform } from './minimap.js';
export { nearestInDirection, DIRECTIONS, type Direction } from './spatial.js';
