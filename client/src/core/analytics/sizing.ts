export const NODE_SIZE = { default: 30, min: 22, max: 78 } as const;

/**
 * Node sizes from a centrality score: by area (square root), so that a node with four times the
 * score looks four times as big rather than sixteen; all-equal scores keep the default size.
 */
export function sizesFromScores(scores: ReadonlyMap<string, number>): Map<string, number> {
  // A loop, not Math.max(...scores): spreading more than ~100k arguments overflows the stack.
  let highest = 0;
  for (const score of scores.values()) highest = Math.max(highest, score);
  let lowest = highest;
  for (const score of scores.values()) lowest = Math.min(lowest, score);
  // Equal scores rank nothing: drawing them all at the largest size would only hide the labels.
  const ranked = highest > 0 && lowest < highest;
  const sizes = new Map<string, number>();
  for (const [id, score] of scores) {
    sizes.set(id, ranked ? NODE_SIZE.min + (NODE_SIZE.max - NODE_SIZE.min) * Math.sqrt(Math.max(score, 0) / highest) : NODE_SIZE.default);
  }
  return sizes;
}

/** The highest-scoring ids, best first, for the "brokers" list. Ties break by id for a stable order. */
export function topScores(scores: ReadonlyMap<string, number>, count: number): { id: string; score: number }[] {
  return [...scores]
    .map(([id, score]) => ({ id, score }))
    .filter(({ score }) => score > 0)
    .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id))
    .slice(0, count);
}
