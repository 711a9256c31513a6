import { RELATION_STYLES } from '../legend/index.js';
import type { EntitySummary, GraphPath, RelationSummary } from '../graph/types.js';

export interface PathLink {
  relation: RelationSummary;
  verb: string;
  /** True when the relation points the way the path walks. */
  forward: boolean;
}

export type PathStep = { step: 'entity'; entity: EntitySummary } | { step: 'hop'; links: PathLink[] };

/**
 * A path as alternating entities and hops in walking order. A hop lists every relation between
 * its two entities (an actor may both organise and speak at an event), and a relation walked
 * against its direction keeps its meaning: "the project ← implements — UNODC".
 */
export function pathSteps(path: Pick<GraphPath, 'nodes' | 'edges'>): PathStep[] {
  const steps: PathStep[] = [];
  path.nodes.forEach((entity, index) => {
    steps.push({ step: 'entity', entity });
    const next = path.nodes[index + 1];
    if (!next) return;
    const links = path.edges
      .filter((edge) => (edge.from.id === entity.id && edge.to.id === next.id) || (edge.from.id === next.id && edge.to.id === entity.id))
      .map((relation) => ({ relation, verb: RELATION_STYLES[relation.type].verb, forward: relation.from.id === entity.id }));
    steps.push({ step: 'hop', links });
  });
  return steps;
}

/** The arrow text of a hop: "— funds →", "← implements —", or both ways joined by " / ". */
export function hopText(links: readonly PathLink[]): string {
  const forward = links.filter((link) => link.forward).map((link) => link.verb);
  const backward = links.filter((link) => !link.forward).map((link) => link.verb);
  return [forward.length ? `— ${forward.join(', ')} →` : '', backward.length ? `← ${backward.join(', ')} —` : ''].filter(Boolean).join(' / ') || '—';
}

/** "Canada — funds → training course — part of → the project". */
export function pathSentence(path: Pick<GraphPath, 'nodes' | 'edges'>): string {
  return pathSteps(path)
    .map((step) => (step.step === 'entity' ? step.entity.name : hopText(step.links)))
    .join(' ');
}

/** One relation as a sentence, given the names of its ends. */
export function relationSentence(relation: RelationSummary, nameOf: (id: string) => string): string {
  return `${nameOf(relation.from.id)} — ${RELATION_STYLES[relation.type].verb} → ${nameOf(relation.to.id)}`;
}
