import cytoscape, { type Core } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { GraphStore } from '../../client/src/core/graph/index.js';
import { EMPTY_VIEW, type SizeMode, type ViewState } from '../../client/src/core/view/index.js';
import { centrality, ViewSync } from '../../client/src/ui/explorer/view-sync.js';
import { SEED_ENTITIES, SEED_RELATIONS } from './seed-fixtures.js';

/** The explorer's graph, headless, over the whole seed, with a counter on every centrality computation. */
async function setUp(): Promise<{ sync: ViewSync; cy: Core; runs: SizeMode[]; state: ViewState }> {
  const cy = cytoscape({ headless: true });
  const store = new GraphStore();
  store.add({ nodes: SEED_ENTITIES, edges: SEED_RELATIONS });
  const runs: SizeMode[] = [];
  const sync = new ViewSync(cy, store, (graph, mode) => {
    runs.push(mode);
    return centrality(graph, mode);
  });
  const state: ViewState = { ...EMPTY_VIEW, nodes: SEED_ENTITIES.map((entity) => entity.id), sizeBy: 'betweenness' };
  await sync.syncElements(state, null);
  return { sync, cy, runs, state };
}

describe('node sizes by centrality', () => {
  it('computes betweenness once however often the selection changes', async () => {
    const { sync, runs, state } = await setUp();
    sync.decorate(state);
    expect(runs).toEqual(['betweenness']);
    for (const entity of SEED_ENTITIES) sync.decorate({ ...state, selected: entity.id });
    sync.decorate({ ...state, pinned: ['org:unodc'], time: { from: '2020-01', to: '2020-12' } });
    expect(runs).toEqual(['betweenness']);
  });

  it('computes again when what it is computed over changes: a filter, a node gone, another measure', async () => {
    const { sync, cy, runs, state } = await setUp();
    sync.decorate(state);
    sync.decorate({ ...state, hiddenKinds: ['State'] });
    expect(runs).toHaveLength(2);
    const fewer = { ...state, nodes: state.nodes.filter((id) => id !== 'org:unodc') };
    await sync.syncElements(fewer, null);
    sync.decorate(fewer);
    expect(runs).toHaveLength(3);
    sync.decorate({ ...fewer, sizeBy: 'degree' });
    expect(runs).toEqual(['betweenness', 'betweenness', 'betweenness', 'degree']);
    sync.decorate({ ...fewer, sizeBy: 'none' });
    expect(runs).toHaveLength(4);
    expect(cy.nodes().map((node) => node.data('size'))).toEqual(cy.nodes().map(() => 30));
  });

  it('sizes nodes as an uncached computation would', async () => {
    const { sync, cy, state } = await setUp();
    sync.decorate(state);
    sync.decorate({ ...state, selected: 'org:unodc' });
    const remembered = sync.applySizes('betweenness');
    expect([...remembered]).toEqual([...centrality(cy, 'betweenness')]);
    const sizes = new Set(cy.nodes().map((node) => node.data('size') as number));
    expect(sizes.size).toBeGreaterThan(3);
  });
});
