import type { EntityKind } from '../model/index.js';

/** Above this many suggestions, they are grouped under a heading per kind. */
export const GROUP_SUGGESTIONS_ABOVE = 8;

export interface SuggestionGroup<Hit> {
  kind: EntityKind;
  hits: Hit[];
}

/**
 * Suggestions by kind, the kinds in the order of their best hit and the hits in theirs, or null
 * when there are too few to need headings. Flattened, the groups give the order the arrow keys
 * move in, which is the order they are drawn in.
 */
export function groupSuggestions<Hit extends { entity: { kind: EntityKind } }>(hits: readonly Hit[], above = GROUP_SUGGESTIONS_ABOVE): SuggestionGroup<Hit>[] | null {
  if (hits.length <= above) return null;
  const groups = new Map<EntityKind, Hit[]>();
  for (const hit of hits) {
    const group = groups.get(hit.entity.kind);
    if (group) group.push(hit);
    else groups.set(hit.entity.kind, [hit]);
  }
  return groups.size > 1 ? [...groups].map(([kind, grouped]) => ({ kind, hits: grouped })) : null;
}
