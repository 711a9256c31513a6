import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { displayLabel, toEdgeElement, toElements, toNodeElement, type RelationSummary } from '../../client/src/core/graph/index.js';
import { entity, relation, SEED_ENTITIES, SEED_RELATIONS, seedEntity, seedRelation } from './seed-fixtures.js';

const PROJECT = 'project:terrorism-arms-crime-nexus';

describe('entities become Cytoscape nodes', () => {
  it('carries flat data the styles and selectors read, at the default size', () => {
    expect(toNodeElement(seedEntity('project:terrorism-arms-crime-nexus-first-phase'))).toEqual({
      group: 'nodes',
      data: {
        id: 'project:terrorism-arms-crime-nexus-first-phase',
        label: 'First phase of the terrorism-arms-crime nexus project',
        kind: 'Project',
        size: 30,
        startDate: '2020',
        endDate: '2021',
      },
      classes: [],
    });
  });

  it('marks an entity the sources are unsure about, and shows the project by its short title', () => {
    const node = toNodeElement(seedEntity(PROJECT));
    expect(node.data.label).toBe('Addressing the terrorism-arms-crime nexus');
    expect(node.data.startDate).toBe('2020');
    expect(node.data.endDate).toBeNull();
    expect(node.classes).toEqual(['doubt']);
  });

  it('turns missing dates into null rather than undefined, so selectors can test them', () => {
    const node = toNodeElement(entity('org:x', 'X'));
    expect(node.data.startDate).toBeNull();
    expect(node.data.endDate).toBeNull();
  });
});

describe('relations become Cytoscape edges', () => {
  it('labels an edge with its verb and keeps its dates, marking the doubt the sources leave', () => {
    const edge = toEdgeElement(seedRelation('FUNDS', 'state:SAU', PROJECT));
    expect(edge.group).toBe('edges');
    expect(edge.data).toEqual({
      id: `FUNDS:state:SAU->${PROJECT}`,
      source: 'state:SAU',
      target: PROJECT,
      type: 'FUNDS',
      dataset: null,
      label: 'funds',
      startDate: '2020',
      endDate: '2021',
    });
    expect(edge.classes).toEqual(['doubt']);
  });

  it('carries the dataset that states it, for its mark on the line', () => {
    const edge = toEdgeElement({ ...seedRelation('FUNDS', 'state:SAU', PROJECT), datasets: [{ id: 'dataset:untc-arms-treaties' }] });
    expect(edge.data.dataset).toBe('dataset:untc-arms-treaties');
  });

  it('gives a plain, certain relation no classes', () => {
    const edge = toEdgeElement(seedRelation('ADOPTED', 'org:un-general-assembly', 'instrument:un-global-counter-terrorism-strategy'));
    expect(edge.data.label).toBe('adopted');
    expect(edge.data.startDate).toBe('2006-09-08');
    expect(edge.data.endDate).toBeNull();
    expect(edge.classes).toEqual([]);
  });

  it('shows a disputed relation as disputed, in the label and as a class', () => {
    const edge = toEdgeElement(seedRelation('IMPLEMENTS', 'org:unoda', PROJECT));
    expect(edge.data.label).toBe('implements (disputed)');
    expect(edge.classes).toEqual(['conflict']);
  });

  it('marks doubt and conflict together', () => {
    const edge = toEdgeElement(relation('PART_OF', 'a:1', 'b:2', { conflict: 'two sources disagree', doubt: 'unclear' }));
    expect(edge.classes).toEqual(['conflict', 'doubt']);
    expect(edge.data.label).toBe('part of (disputed)');
  });

  it("takes an edge's period from the relation's typed date fields, dates only", () => {
    const dates = (facts: Partial<RelationSummary>) => {
      const { startDate, endDate } = toEdgeElement(relation('FUNDS', 'a:1', 'b:2', facts)).data;
      return [startDate, endDate];
    };
    expect(dates({ startDate: '2020-02', endDate: '2021' })).toEqual(['2020-02', '2021']);
    expect(dates({ startDate: 'ongoing', endDate: '' })).toEqual([null, null]);
    expect(dates({})).toEqual([null, null]);
    expect(dates({ startDate: null, endDate: null })).toEqual([null, null]);
  });
});

describe('a subgraph becomes an element list', () => {
  it('puts nodes first and drops edges with an end outside the subgraph', () => {
    const nodes = [seedEntity(PROJECT), seedEntity('state:CAN')];
    const edges = [seedRelation('FUNDS', 'state:CAN', PROJECT), seedRelation('FUNDS', 'state:SAU', PROJECT)];
    const elements = toElements(nodes, edges);
    expect(elements.map((element) => [element.group, element.data.id])).toEqual([
      ['nodes', PROJECT],
      ['nodes', 'state:CAN'],
      ['edges', `FUNDS:state:CAN->${PROJECT}`],
    ]);
  });

  it('makes nothing of an empty graph, or of edges without nodes', () => {
    expect(toElements([], [])).toEqual([]);
    expect(toElements([], [seedRelation('FUNDS', 'state:CAN', PROJECT)])).toEqual([]);
  });

  it('loads the whole curated dataset into a headless Cytoscape without a dangling edge', () => {
    const cy = cytoscape({ headless: true, elements: toElements(SEED_ENTITIES, SEED_RELATIONS) });
    expect(cy.nodes().length).toBe(SEED_ENTITIES.length);
    expect(cy.edges().length).toBe(SEED_RELATIONS.length);
    expect(cy.nodes('[kind = "State"]').map((node) => node.id()).sort()).toEqual(
      ['state:CAN', 'state:KAZ', 'state:KGZ', 'state:RUS', 'state:SAU', 'state:TJK', 'state:TKM', 'state:UZB'],
    );
    expect(cy.edges('.conflict').length).toBe(SEED_RELATIONS.filter((item) => item.conflict).length);
    cy.destroy();
  });
});

describe('node captions', () => {
  it('keeps a name of up to 60 characters, trimmed', () => {
    expect(displayLabel({ name: '  SCO RATS  ', aliases: [] })).toBe('SCO RATS');
    const sixty = 'United Nations Office on Drugs and Crime, Regional Office XY';
    expect(sixty).toHaveLength(60);
    expect(displayLabel({ name: sixty, aliases: ['Short alias here'] })).toBe(sixty);
  });

  it('shortens long names the way the seed needs', () => {
    const labels = Object.fromEntries(
      ['instrument:firearms-protocol', 'instrument:un-programme-of-action-salw', 'event:training-course-astana-2024', 'instrument:untoc'].map((id) => [id, displayLabel(seedEntity(id))]),
    );
    expect(labels).toEqual({
      // A worded alias.
      'instrument:firearms-protocol': 'Firearms Protocol',
      // No colon and no short alias: cut at a word, trailing comma dropped.
      'instrument:un-programme-of-action-salw': 'United Nations Programme of Action to Prevent…',
      'event:training-course-astana-2024': 'Training course on operational measures to…',
      // The shortest of two worded aliases.
      'instrument:untoc': 'UN Convention Against Transnational Crime',
    });
  });

  it('labels the February 2020 presentation by its own name, not by the disputed “UNDP Project Presentation”', () => {
    const presentation = seedEntity('event:project-presentation-2020-02');
    expect(presentation.aliases).toContain('UNDP Project Presentation');
    const label = displayLabel(presentation);
    expect(label).not.toMatch(/UNDP/);
    expect(label).toBe('Presentation of the terrorism-arms-crime nexus…');
    // An alias with a word the name lacks is not a short form of it; one made of its words or their initials is.
    expect(displayLabel({ name: 'x '.repeat(35), aliases: ['Other Claim Here'] })).not.toBe('Other Claim Here');
  });

  it('never prefers an acronym, however short, and never cuts a word', () => {
    // "…Shanghai" would end at character 49, one past the limit, so the cut falls before it.
    const name = 'Regional Anti-Terrorist Structure of the Shanghai Cooperation Organisation Executive';
    expect(displayLabel({ name, aliases: ['RATS SCO', 'SCORATS'] })).toBe('Regional Anti-Terrorist Structure of the…');
    const fits = 'Regional Anti-Terrorist Structure of the Shangha Cooperation Organisation Executive';
    expect(displayLabel({ name: fits, aliases: [] })).toBe('Regional Anti-Terrorist Structure of the Shangha…');
  });

  it('ignores a colon title too short to mean anything on its own', () => {
    const name = 'Report: the illicit trafficking of small arms and light weapons to terrorists';
    expect(displayLabel({ name, aliases: [] })).toBe('Report: the illicit trafficking of small arms…');
  });

  it('cuts a name without spaces at 48 characters', () => {
    expect(displayLabel({ name: 'x'.repeat(70), aliases: [] })).toBe(`${'x'.repeat(48)}…`);
  });

  it('gives every seed entity a caption of at most 60 characters', () => {
    for (const item of SEED_ENTITIES) {
      const label = displayLabel(item);
      expect(label.length, item.id).toBeGreaterThan(0);
      expect(label.length, item.id).toBeLessThanOrEqual(60);
    }
  });
});
