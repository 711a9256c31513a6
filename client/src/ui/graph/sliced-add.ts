import type { Core, ElementDefinition } from 'cytoscape';
import { nextSliceSize } from '../../core/graph/index.js';

/** How many elements the first frame adds, and how long a frame may take (a long task is 50 ms; the goal is none over 200 ms). */
export interface SlicePace {
  first: number;
  budgetMillis: number;
}

/**
 * Adding a few hundred elements to Cytoscape in one go is one long main-thread task: styling each
 * one, measuring its label and drawing it all happen in the frame that follows. Added a slice per
 * animation frame instead, each slice is styled and drawn in its own frame and the page keeps
 * answering; each slice is sized from how long the frame before took, so a busy machine adds
 * fewer per frame. `stillWanted` is asked before each later slice: a drawing superseded by a
 * newer one stops (and says so by returning false).
 */
export async function addInSlices(cy: Core, elements: readonly ElementDefinition[], pace: SlicePace, stillWanted: () => boolean = () => true): Promise<boolean> {
  let size = pace.first;
  let start = 0;
  while (start < elements.length) {
    const began = performance.now();
    const slice = elements.slice(start, start + size);
    cy.batch(() => {
      cy.add(slice);
    });
    start += slice.length;
    if (start >= elements.length) return true;
    await nextFrame();
    if (!stillWanted()) return false;
    size = nextSliceSize(size, performance.now() - began, pace.budgetMillis, Math.ceil(pace.first / 2));
  }
  return true;
}

/**
 * The next animation frame; a page in a background tab gets no frames, so a timer stands in
 * (throttled there, but it runs) and a step begun before the tab was hidden still ends.
 * Headless (unit tests) there is no requestAnimationFrame: a timer alone.
 */
export function nextFrame(): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, 250);
    if (typeof requestAnimationFrame === 'function')
      requestAnimationFrame(() => {
        clearTimeout(timer);
        resolve();
      });
  });
}
