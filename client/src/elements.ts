import type { ElementDefinition } from 'cytoscape';
import type { EdgeData, EntityData } from './queries.js';

/** API data → Cytoscape elements (pure, unit-tested). */
export function toElements(nodes: EntityData[], edges: EdgeData[]): ElementDefinition[] {
  return [
    ...nodes.map((node) => ({ group: 'nodes' as const, data: { id: node.id, label: node.name, kind: node.kind, entity: node } })),
    ...edges.map((edge) => ({
      group: 'edges' as const,
      data: { id: edge.id, source: edge.from.id, target: edge.to.id, type: edge.type, label: edge.type.toLowerCase().replace(/_/g, ' '), relation: edge },
    })),
  ];
}
