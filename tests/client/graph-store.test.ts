import { describe, expect, it } from 'vitest';
import { GraphStore, nodesToCollapse } from '../../client/src/core/graph/index.js';
import { entity, SEED_ENTITIES, SEED_RELATIONS, seedEntity, seedRelation } from './seed-fixtures.js';

const PROJECT = 'project:terrorism-arms-crime-nexus';
const UNODC = 'org:unodc';
const PRESENTATION = 'event:project-presentation-2020-02';

describe('the store of everything fetched so far', () => {
  it('knows nothing when new', () => {
    const store = new GraphStore();
    expect(store.unknown([PROJECT])).toEqual([PROJECT]);
    expect(store.incomplete([PROJECT])).toEqual([PROJECT]);
    expect(store.isComplete(PROJECT)).toBe(false);
    expect(store.relationsOf(PROJECT)).toEqual([]);
    expect(store.neighbours(PROJECT)).toEqual([]);
    expect(store.relationsAmong(new Set())).toEqual([]);
  });

  it('tells which ids it must still fetch, and whose neighbourhood is complete', () => {
    const store = new GraphStore();
    store.add({ nodes: [seedEntity(PROJECT), seedEntity('state:CAN')], edges: [seedRelation('FUNDS', 'state:CAN', PROJECT)] }, [PROJECT]);
    expect(store.unknown(['state:CAN', UNODC, PROJECT, 'state:SAU'])).toEqual([UNODC, 'state:SAU']);
    expect(store.incomplete(['state:CAN', PROJECT])).toEqual(['state:CAN']);
    expect(store.isComplete(PROJECT)).toBe(true);
  });

  it('merges a later, smaller answer into what it knew of an entity', () => {
    const store = new GraphStore();
    store.add({ nodes: [entity(UNODC, 'United Nations Office on Drugs and Crime', 'Organization', { description: 'The UN office on drugs and crime.' })], edges: [] });
    store.add({ nodes: [entity(UNODC, 'United Nations Office on Drugs and Crime', 'Organization', { aliases: ['UNODC'] })], edges: [] });
    expect(store.entities.get(UNODC)).toMatchObject({ aliases: ['UNODC'], description: 'The UN office on drugs and crime.' });
    expect(store.entities.size).toBe(1);
  });

  it('lists a relation once however often it arrives, from both of its ends', () => {
    const store = new GraphStore();
    const funds = seedRelation('FUNDS', 'state:CAN', PROJECT);
    store.add({ nodes: [], edges: [funds] });
    store.add({ nodes: [], edges: [funds, funds] });
    expect(store.relationsOf('state:CAN')).toEqual([funds]);
    expect(store.relationsOf(PROJECT)).toEqual([funds]);
    expect(store.relations.size).toBe(1);
  });

  it('names a neighbour once even when several relations join them', () => {
    const store = new GraphStore();
    store.add({ nodes: [], edges: SEED_RELATIONS });
    // UNODC organised, attended and spoke at the February 2020 presentation.
    expect(store.relationsOf(UNODC).filter((item) => item.to.id === PRESENTATION).map((item) => item.type).sort()).toEqual(['ATTENDED', 'ORGANIZED', 'SPOKE_AT']);
    expect(store.neighbours(UNODC).filter((id) => id === PRESENTATION)).toHaveLength(1);
    expect(store.neighbours('org:sco-rats').sort()).toEqual(['org:sco', 'org:sco-rats-executive-committee', PROJECT]);
  });

  it('finds the relations among a set of entities, each once', () => {
    const store = new GraphStore();
    store.add({ nodes: SEED_ENTITIES, edges: SEED_RELATIONS });
    const among = store.relationsAmong(new Set([PROJECT, 'state:CAN', 'state:SAU', 'state:RUS']));
    expect(among.map((item) => item.id).sort()).toEqual([
      `FUNDS:state:CAN->${PROJECT}`,
      `FUNDS:state:RUS->${PROJECT}`,
      `FUNDS:state:SAU->${PROJECT}`,
      `SUPPORTS:state:RUS->${PROJECT}`,
      `SUPPORTS:state:SAU->${PROJECT}`,
    ]);
    expect(store.relationsAmong(new Set(['state:CAN']))).toEqual([]);
  });
});

describe('collapsing a node', () => {
  const edge = (source: string, target: string) => ({ source, target });

  it('removes the neighbours that hang on it alone and are not pinned', () => {
    const visible = [
      edge(UNODC, PROJECT),
      edge('state:CAN', PROJECT),
      edge('state:SAU', PROJECT),
      edge('state:KAZ', PROJECT),
      edge('state:KAZ', 'event:project-launch'),
      edge('event:project-launch', PROJECT),
    ];
    expect(nodesToCollapse(PROJECT, visible, new Set(['state:SAU']))).toEqual([UNODC, 'state:CAN']);
  });

  it('treats parallel relations to the same node as one link', () => {
    const visible = [edge(UNODC, PRESENTATION), edge(UNODC, PRESENTATION), edge(PRESENTATION, UNODC), edge('state:KAZ', PRESENTATION)];
    expect(nodesToCollapse(PRESENTATION, visible, new Set())).toEqual([UNODC, 'state:KAZ']);
  });

  it('ignores self-loops, and never removes the node being collapsed', () => {
    const visible = [edge(PROJECT, PROJECT), edge(UNODC, UNODC), edge(UNODC, PROJECT)];
    expect(nodesToCollapse(PROJECT, visible, new Set())).toEqual([UNODC]);
    expect(nodesToCollapse(UNODC, visible, new Set())).toEqual([PROJECT]);
  });

  it('removes nothing from a node without links, or from an empty view', () => {
    expect(nodesToCollapse(PROJECT, [edge(UNODC, 'state:CAN')], new Set())).toEqual([]);
    expect(nodesToCollapse(PROJECT, [], new Set())).toEqual([]);
  });

  it('keeps a chain intact beyond the first hop', () => {
    const visible = [edge('a:1', 'b:2'), edge('b:2', 'c:3')];
    expect(nodesToCollapse('a:1', visible, new Set())).toEqual([]);
    expect(nodesToCollapse('b:2', visible, new Set())).toEqual(['a:1', 'c:3']);
  });
});

