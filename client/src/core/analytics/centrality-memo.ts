/**
 * Centrality depends on the graph's structure and the chosen measure only, not on what is
 * selected: betweenness is O(nodes × edges), so it is computed again only when one of those
 * changes, and a selection, a pin or a time brush reuses the last scores.
 */
export class CentralityMemo<Mode extends string> {
  private key: string | null = null;
  private scores: Map<string, number> = new Map();

  constructor(private readonly compute: (mode: Mode) => Map<string, number>) {}

  /** `structure` names what the scores are computed over (see structureKey). */
  scoresFor(mode: Mode, structure: string): Map<string, number> {
    const key = `${mode}\u0000${structure}`;
    if (key !== this.key) {
      this.scores = this.compute(mode);
      this.key = key;
    }
    return this.scores;
  }
}

/** The identity of a graph's structure: its node ids and its links (id, source, target), in any order. */
export function structureKey(nodeIds: readonly string[], edges: readonly { id: string; source: string; target: string }[]): string {
  return `${[...nodeIds].sort().join('\n')}\u0000${edges
    .map((edge) => `${edge.id}\t${edge.source}\t${edge.target}`)
    .sort()
    .join('\n')}`;
}
