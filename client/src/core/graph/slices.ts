/**
 * How many elements to add in the next animation frame, from how long the last slice's frame
 * took (adding it, styling it and drawing everything): scaled towards the budget, by at most
 * half or double at a time, and never below `floor` (drawing what is already there can take
 * the whole budget by itself; a slice of one would then take hundreds of frames).
 */
export function nextSliceSize(size: number, frameMillis: number, budgetMillis: number, floor: number): number {
  const scale = Math.min(2, Math.max(0.5, budgetMillis / Math.max(frameMillis, 1)));
  return Math.max(floor, Math.round(size * scale));
}
