import { DATASET_IDS, type DatasetId, type EntityKind, type RelationType } from '../model/index.js';

/**
 * The whole network of the shown layers, as the overview draws it: pages of the API's `network`
 * field merged into one graph, filtered by the legend (datasets and kinds hidden), and the
 * reader's picks turned into the ids to add to the working view. Pure: unit-tested headless.
 */

export interface NetworkNode {
  id: string;
  name: string;
  kind: EntityKind;
  datasetIds: readonly string[];
}

export interface NetworkEdge {
  id: string;
  type: RelationType;
  fromId: string;
  toId: string;
  datasetIds: readonly string[];
}

export interface NetworkPage {
  nodes: readonly NetworkNode[];
  edges: readonly NetworkEdge[];
}

export interface NetworkGraph {
  nodes: NetworkNode[];
  edges: NetworkEdge[];
}

/** The pages of one read, in order, as one graph; an id met twice (pages read while the data changed) is kept once. */
export function mergePages(pages: readonly NetworkPage[]): NetworkGraph {
  const nodes = new Map<string, NetworkNode>();
  const edges = new Map<string, NetworkEdge>();
  for (const page of pages) {
    for (const node of page.nodes) nodes.set(node.id, node);
    for (const edge of page.edges) edges.set(edge.id, edge);
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}

/** The datasets to ask the API for: every layer the legend does not hide. */
export function shownDatasets(hiddenDatasets: readonly string[]): DatasetId[] {
  return DATASET_IDS.filter((dataset) => !hiddenDatasets.includes(dataset));
}

export interface LegendFilter {
  hiddenDatasets: readonly string[];
  hiddenKinds: readonly EntityKind[];
  hiddenTypes: readonly RelationType[];
}

/** Every dataset of a record is hidden (the main view's rule: a record stays while one of its datasets shows). */
const allHidden = (datasetIds: readonly string[], hidden: readonly string[]) =>
  datasetIds.length > 0 && hidden.length > 0 && datasetIds.every((dataset) => hidden.includes(dataset));

/**
 * What the legend lets the overview show, by the main view's rules: an entity unless its kind or
 * every dataset asserting it is hidden; a relation unless its type or its dataset is hidden, and
 * only between two entities shown (a reference dataset's link to an entity only a hidden layer
 * asserts would dangle).
 */
export function visibleNetwork(graph: NetworkGraph, filter: LegendFilter): NetworkGraph {
  const nodes = graph.nodes.filter((node) => !filter.hiddenKinds.includes(node.kind) && !allHidden(node.datasetIds, filter.hiddenDatasets));
  const shown = new Set(nodes.map((node) => node.id));
  const edges = graph.edges.filter(
    (edge) =>
      shown.has(edge.fromId) &&
      shown.has(edge.toId) &&
      !filter.hiddenTypes.includes(edge.type) &&
      !allHidden(edge.datasetIds, filter.hiddenDatasets),
  );
  return { nodes, edges };
}

/**
 * The picks after a click on a node: a plain click picks that node alone, a shift-click (or a
 * lasso, `additive`) adds it, or takes it back out when it was already picked.
 */
export function pickNode(picked: readonly string[], id: string, additive: boolean): string[] {
  if (!additive) return [id];
  return picked.includes(id) ? picked.filter((entry) => entry !== id) : [...picked, id];
}

/** A lasso's catch added to the picks, each id once, in the order picked. */
export function pickMany(picked: readonly string[], caught: readonly string[]): string[] {
  return [...new Set([...picked, ...caught])];
}

/** What "Add to view" brings in: the picks the working view does not show yet. */
export function idsToAdd(picked: readonly string[], inView: readonly string[]): string[] {
  const shown = new Set(inView);
  return picked.filter((id) => !shown.has(id));
}

/** The overview's summary line, e.g. "1,525 entities · 5,024 links". */
export function networkSummary(graph: NetworkGraph): string {
  const count = (n: number, one: string, many: string) => `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;
  return `${count(graph.nodes.length, 'entity', 'entities')} · ${count(graph.edges.length, 'link', 'links')}`;
}
