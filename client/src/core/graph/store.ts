import type { EntitySummary, RelationSummary, Subgraph } from './types.js';

/**
 * Everything the explorer has fetched so far. The view shows a subset; undo, back/forward and
 * shared links redraw from here without asking the API again for what it already answered.
 */
export class GraphStore {
  readonly entities = new Map<string, EntitySummary>();
  readonly relations = new Map<string, RelationSummary>();
  /** Entities whose every relation is known (their neighbourhood was fetched). */
  private readonly complete = new Set<string>();
  private readonly relationsByEntity = new Map<string, Set<string>>();

  add(subgraph: Pick<Subgraph, 'nodes' | 'edges'>, completeIds: Iterable<string> = []): void {
    for (const node of subgraph.nodes) this.entities.set(node.id, { ...this.entities.get(node.id), ...node });
    for (const edge of subgraph.edges) {
      this.relations.set(edge.id, edge);
      this.index(edge.from.id, edge.id);
      this.index(edge.to.id, edge.id);
    }
    for (const id of completeIds) this.complete.add(id);
  }

  isComplete(id: string): boolean {
    return this.complete.has(id);
  }

  /** The ids among these that the store knows nothing about yet. */
  unknown(ids: Iterable<string>): string[] {
    return [...ids].filter((id) => !this.entities.has(id));
  }

  /** Ids among these whose relations may not all be known. */
  incomplete(ids: Iterable<string>): string[] {
    return [...ids].filter((id) => !this.complete.has(id));
  }

  relationsOf(id: string): RelationSummary[] {
    return [...(this.relationsByEntity.get(id) ?? [])].map((relationId) => this.relations.get(relationId)!);
  }

  /** The known relations whose two ends are both in `ids`. */
  relationsAmong(ids: ReadonlySet<string>): RelationSummary[] {
    const found = new Map<string, RelationSummary>();
    for (const id of ids) {
      for (const relation of this.relationsOf(id)) {
        if (ids.has(relation.from.id) && ids.has(relation.to.id)) found.set(relation.id, relation);
      }
    }
    return [...found.values()];
  }

  /** The known neighbours of an entity, whatever is visible. */
  neighbours(id: string): string[] {
    return [...new Set(this.relationsOf(id).map((relation) => (relation.from.id === id ? relation.to.id : relation.from.id)))];
  }

  private index(entityId: string, relationId: string): void {
    let ids = this.relationsByEntity.get(entityId);
    if (!ids) this.relationsByEntity.set(entityId, (ids = new Set()));
    ids.add(relationId);
  }
}
