import { describe, expect, it } from 'vitest';
import {
  idsToAdd,
  mergePages,
  networkSummary,
  pickMany,
  pickNode,
  shownDatasets,
  visibleNetwork,
  type NetworkEdge,
  type NetworkNode,
} from '../../client/src/core/network/index.js';
import { forceLayout } from '../../client/src/core/network/force-layout.js';

const node = (id: string, kind: NetworkNode['kind'], ...datasetIds: string[]): NetworkNode => ({ id, name: id, kind, datasetIds });
const edge = (fromId: string, type: NetworkEdge['type'], toId: string, dataset: string): NetworkEdge => ({
  id: `${type}:${fromId}->${toId}`,
  type,
  fromId,
  toId,
  datasetIds: [dataset],
});

const KAZ = node('state:KAZ', 'State', 'dataset:curated', 'dataset:country-codes');
const AFG = node('state:AFG', 'State', 'dataset:country-codes');
const UNODC = node('org:unodc', 'Organization', 'dataset:curated');
const ATT = node('instrument:arms-trade-treaty', 'Instrument', 'dataset:curated', 'dataset:untc-arms-treaties');
const LISTED = node('person:qdi-1', 'Person', 'dataset:un-sc-consolidated');
const NETWORK = {
  nodes: [KAZ, AFG, UNODC, ATT, LISTED],
  edges: [
    edge('state:KAZ', 'PARTY_TO', 'instrument:arms-trade-treaty', 'dataset:untc-arms-treaties'),
    edge('org:unodc', 'SUPPORTS', 'state:KAZ', 'dataset:curated'),
    edge('person:qdi-1', 'NATIONAL_OF', 'state:AFG', 'dataset:un-sc-consolidated'),
  ],
};
const NOTHING_HIDDEN = { hiddenDatasets: [], hiddenKinds: [], hiddenTypes: [] };

describe('the overview of the whole network', () => {
  it('merges the pages of a read into one graph, each entity and link once', () => {
    const graph = mergePages([
      { nodes: [KAZ, AFG], edges: [] },
      { nodes: [UNODC, KAZ], edges: [NETWORK.edges[0]!] },
      { nodes: [], edges: [NETWORK.edges[1]!, NETWORK.edges[0]!] },
    ]);
    expect(graph.nodes.map((entry) => entry.id)).toEqual(['state:KAZ', 'state:AFG', 'org:unodc']);
    expect(graph.edges).toHaveLength(2);
  });

  it('asks the API for the layers the legend shows', () => {
    expect(shownDatasets(['dataset:un-sc-consolidated', 'dataset:cow-igo'])).toEqual(['dataset:curated', 'dataset:country-codes', 'dataset:untc-arms-treaties', 'dataset:editors']);
  });

  it('shows everything when the legend hides nothing', () => {
    expect(visibleNetwork(NETWORK, NOTHING_HIDDEN)).toEqual(NETWORK);
  });

  it('hides a layer: its entities go unless another layer asserts them, and so do its links', () => {
    const shown = visibleNetwork(NETWORK, { ...NOTHING_HIDDEN, hiddenDatasets: ['dataset:untc-arms-treaties', 'dataset:un-sc-consolidated'] });
    expect(shown.nodes.map((entry) => entry.id)).toEqual(['state:KAZ', 'state:AFG', 'org:unodc', 'instrument:arms-trade-treaty']);
    expect(shown.edges.map((entry) => entry.type)).toEqual(['SUPPORTS']);
  });

  it('drops a link whose end the legend hides, so nothing dangles', () => {
    const shown = visibleNetwork(NETWORK, { ...NOTHING_HIDDEN, hiddenDatasets: ['dataset:country-codes'] });
    expect(shown.nodes.map((entry) => entry.id)).not.toContain('state:AFG');
    expect(shown.edges.map((entry) => entry.type)).toEqual(['PARTY_TO', 'SUPPORTS']);
  });

  it('honours hidden kinds and relation types', () => {
    const shown = visibleNetwork(NETWORK, { hiddenDatasets: [], hiddenKinds: ['Person'], hiddenTypes: ['SUPPORTS'] });
    expect(shown.nodes.map((entry) => entry.id)).not.toContain('person:qdi-1');
    expect(shown.edges.map((entry) => entry.type)).toEqual(['PARTY_TO']);
  });

  it('picks one node with a click, several with shift-clicks and a lasso, and takes one back with another shift-click', () => {
    let picked = pickNode([], 'state:KAZ', false);
    expect(picked).toEqual(['state:KAZ']);
    picked = pickNode(picked, 'state:AFG', true);
    expect(picked).toEqual(['state:KAZ', 'state:AFG']);
    picked = pickMany(picked, ['state:AFG', 'org:unodc']);
    expect(picked).toEqual(['state:KAZ', 'state:AFG', 'org:unodc']);
    picked = pickNode(picked, 'state:AFG', true);
    expect(picked).toEqual(['state:KAZ', 'org:unodc']);
    expect(pickNode(picked, 'instrument:arms-trade-treaty', false)).toEqual(['instrument:arms-trade-treaty']);
  });

  it('adds to the view only the picks it does not show yet', () => {
    expect(idsToAdd(['state:KAZ', 'org:unodc', 'state:AFG'], ['org:unodc', 'project:x'])).toEqual(['state:KAZ', 'state:AFG']);
  });

  it('sums the network up in words', () => {
    expect(networkSummary({ nodes: Array.from({ length: 1525 }, () => KAZ), edges: [NETWORK.edges[0]!] })).toBe('1,525 entities · 1 link');
  });
});

describe('the overview\'s layout (ForceAtlas2)', () => {
  // Two stars joined by one link: each hub's leaves should gather round it.
  const stars = {
    nodes: ['a', 'b', ...Array.from({ length: 20 }, (_, index) => `leaf-${index}`)].map((id) => ({ id })),
    edges: [
      { fromId: 'a', toId: 'b' },
      ...Array.from({ length: 20 }, (_, index) => ({ fromId: index < 10 ? 'a' : 'b', toId: `leaf-${index}` })),
    ],
  };
  const distance = (p: { x: number; y: number }, q: { x: number; y: number }) => Math.hypot(p.x - q.x, p.y - q.y);

  it('places every node, apart, the same way every time, with linked nodes nearer each other than nodes at large', () => {
    const budget = { iterations: 200, millis: 10_000 };
    const positions = forceLayout(stars, budget);
    expect([...positions.keys()].sort()).toEqual(stars.nodes.map((node) => node.id).sort());
    expect([...positions.values()].every((place) => Number.isFinite(place.x) && Number.isFinite(place.y))).toBe(true);
    expect(forceLayout(stars, budget)).toEqual(positions);
    const places = [...positions.values()];
    const pairs = places.flatMap((place, index) => places.slice(index + 1).map((other) => distance(place, other)));
    expect(Math.min(...pairs)).toBeGreaterThan(0);
    const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
    const linked = stars.edges.map((edge) => distance(positions.get(edge.fromId)!, positions.get(edge.toId)!));
    expect(mean(linked)).toBeLessThan(mean(pairs));
  });
});
