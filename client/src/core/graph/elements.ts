import type { ElementDefinition } from 'cytoscape';
import { NODE_SIZE } from '../analytics/index.js';
import { RELATION_STYLES } from '../legend/index.js';
import { displayLabel } from './labels.js';
import type { EntitySummary, RelationSummary } from './types.js';

/** Flat data, so that Cytoscape selectors (`node[kind = "State"]`) and styles can read it. */
export interface NodeData {
  id: string;
  label: string;
  kind: EntitySummary['kind'];
  /** Drawn width and height; centrality sizing changes it. */
  size: number;
  startDate: string | null;
  endDate: string | null;
}

export interface EdgeData {
  id: string;
  source: string;
  target: string;
  type: RelationSummary['type'];
  /** The dataset that states it (one owner each), for its mark on the line; null from an older server. */
  dataset: string | null;
  label: string;
  startDate: string | null;
  endDate: string | null;
}

export function toNodeElement(entity: EntitySummary): ElementDefinition & { data: NodeData } {
  return {
    group: 'nodes',
    data: {
      id: entity.id,
      label: displayLabel(entity),
      kind: entity.kind,
      size: NODE_SIZE.default,
      startDate: entity.startDate ?? null,
      endDate: entity.endDate ?? null,
    },
    classes: entity.doubt ? ['doubt'] : [],
  };
}

export function toEdgeElement(relation: RelationSummary): ElementDefinition & { data: EdgeData } {
  return {
    group: 'edges',
    data: {
      id: relation.id,
      source: relation.from.id,
      target: relation.to.id,
      type: relation.type,
      dataset: relation.datasets?.[0]?.id ?? null,
      label: RELATION_STYLES[relation.type].verb + (relation.conflict ? ' (disputed)' : ''),
      startDate: isoDate(relation.startDate),
      endDate: isoDate(relation.endDate),
    },
    // A disagreement between sources is part of what the reader must see, not a footnote.
    classes: [...(relation.conflict ? ['conflict'] : []), ...(relation.doubt ? ['doubt'] : [])],
  };
}

function isoDate(value: string | null | undefined): string | null {
  return value && /^\d{4}/.test(value) ? value : null;
}

/** Nodes first, then the edges whose two ends are among them (Cytoscape refuses dangling edges). */
export function toElements(nodes: EntitySummary[], edges: RelationSummary[]): ElementDefinition[] {
  const ids = new Set(nodes.map((node) => node.id));
  return [
    ...nodes.map(toNodeElement),
    ...edges.filter((edge) => ids.has(edge.from.id) && ids.has(edge.to.id)).map(toEdgeElement),
  ];
}
