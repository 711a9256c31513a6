import type { EntitySummary, RelationSummary } from '../graph/types.js';
import { toCsv } from './csv.js';

export interface Position {
  x: number;
  y: number;
}

/** The visible subgraph as JSON: the API's own shapes, plus where each node was drawn. */
export function subgraphJson(nodes: readonly EntitySummary[], edges: readonly RelationSummary[], positions: ReadonlyMap<string, Position>): string {
  return JSON.stringify(
    {
      nodes: nodes.map((node) => ({ ...node, position: positions.get(node.id) ?? null })),
      edges,
    },
    null,
    2,
  );
}

export function nodesCsv(nodes: readonly EntitySummary[]): string {
  return toCsv(
    ['id', 'kind', 'name', 'aliases', 'description', 'startDate', 'endDate', 'doubt', 'datasets'],
    nodes.map((node) => [node.id, node.kind, node.name, node.aliases, node.description, node.startDate, node.endDate, node.doubt, datasetIds(node)]),
  );
}

export function edgesCsv(edges: readonly RelationSummary[], nameOf: (id: string) => string): string {
  return toCsv(
    ['id', 'type', 'from', 'fromName', 'to', 'toName', 'conflict', 'doubt', 'evidenceCount', 'sources', 'datasets'],
    edges.map((edge) => [
      edge.id,
      edge.type,
      edge.from.id,
      nameOf(edge.from.id),
      edge.to.id,
      nameOf(edge.to.id),
      edge.conflict,
      edge.doubt,
      edge.evidence.length,
      [...new Set(edge.evidence.map((item) => item.source.title))],
      datasetIds(edge),
    ]),
  );
}

/** Which datasets assert a record (`dataset:curated; dataset:cow-igo`), so a spreadsheet tells curated facts from reference facts. */
function datasetIds(record: { datasets?: readonly { id: string }[] }): string[] {
  return (record.datasets ?? []).map((dataset) => dataset.id);
}
