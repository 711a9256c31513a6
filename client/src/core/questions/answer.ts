import type { EntitySummary, RelationSummary, Subgraph } from '../graph/types.js';
import type { RelationQuestion } from './catalogue.js';

export interface RelationAnswer {
  entities: EntitySummary[];
  relations: RelationSummary[];
}

/** Picks the answer out of the subject's neighbourhood (fetched with the question's relation type). */
export function answerFromNeighbourhood(question: RelationQuestion, subjectId: string, neighbourhood: Pick<Subgraph, 'nodes' | 'edges'>): RelationAnswer {
  const byId = new Map(neighbourhood.nodes.map((node) => [node.id, node]));
  const relations = neighbourhood.edges.filter((edge) => {
    if (edge.type !== question.relation) return false;
    const otherId = question.direction === 'incoming' ? (edge.to.id === subjectId ? edge.from.id : null) : edge.from.id === subjectId ? edge.to.id : null;
    const other = otherId ? byId.get(otherId) : undefined;
    return !!other && (!question.answerKinds || question.answerKinds.includes(other.kind));
  });
  const entities = relations
    .map((edge) => byId.get(question.direction === 'incoming' ? edge.from.id : edge.to.id)!)
    .filter((entity, index, all) => all.findIndex((other) => other.id === entity.id) === index)
    .sort((a, b) => a.name.localeCompare(b.name));
  return { entities, relations };
}
