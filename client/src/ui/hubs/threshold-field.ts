import type { Explorer } from '../explorer/explorer.js';

/** The toolbar's "Group above N links": how many links a node may bring in before it opens as groups. */
export function mountHubThreshold(input: HTMLInputElement, explorer: Explorer): void {
  input.value = String(explorer.hubs.threshold);
  input.addEventListener('change', () => {
    const value = Number(input.value);
    if (Number.isInteger(value) && value >= 1) explorer.hubs.threshold = value;
    else input.value = String(explorer.hubs.threshold);
  });
}
