import { describe, expect, it } from 'vitest';
import { hopText, pathSentence, pathSteps, relationSentence } from '../../client/src/core/paths/index.js';
import { relation, seedEntity, seedRelation } from './seed-fixtures.js';

const PROJECT = 'project:terrorism-arms-crime-nexus';
const PRESENTATION = 'event:project-presentation-2020-02';
const canada = seedEntity('state:CAN');
const project = seedEntity(PROJECT);
const unodc = seedEntity('org:unodc');
const funds = seedRelation('FUNDS', 'state:CAN', PROJECT);
const implementsProject = seedRelation('IMPLEMENTS', 'org:unodc', PROJECT);

describe('a path as steps', () => {
  it('alternates entities and hops in walking order, noting which relations are walked backwards', () => {
    const steps = pathSteps({ nodes: [canada, project, unodc], edges: [implementsProject, funds] });
    expect(steps.map((step) => (step.step === 'entity' ? step.entity.id : step.links.map((link) => `${link.verb}${link.forward ? '→' : '←'}`)))).toEqual([
      'state:CAN',
      ['funds→'],
      PROJECT,
      ['implements←'],
      'org:unodc',
    ]);
  });

  it('lists every relation between two neighbours on the path in one hop', () => {
    const presentation = seedEntity(PRESENTATION);
    const edges = [seedRelation('ORGANIZED', 'org:unodc', PRESENTATION), seedRelation('ATTENDED', 'org:unodc', PRESENTATION), seedRelation('SPOKE_AT', 'org:unodc', PRESENTATION)];
    const [, hop] = pathSteps({ nodes: [unodc, presentation], edges });
    expect(hop?.step === 'hop' && hop.links.map((link) => link.relation.type)).toEqual(['ORGANIZED', 'ATTENDED', 'SPOKE_AT']);
  });

  it('makes a hop with no links when the edges do not join the two entities', () => {
    const steps = pathSteps({ nodes: [canada, unodc], edges: [funds] });
    expect(steps).toEqual([
      { step: 'entity', entity: canada },
      { step: 'hop', links: [] },
      { step: 'entity', entity: unodc },
    ]);
  });

  it('has no steps for an empty path and one for a single entity', () => {
    expect(pathSteps({ nodes: [], edges: [] })).toEqual([]);
    expect(pathSteps({ nodes: [canada], edges: [] })).toEqual([{ step: 'entity', entity: canada }]);
  });
});

describe('hop arrows', () => {
  const link = (verb: string, forward: boolean) => ({ relation: relation('FUNDS', 'a:1', 'b:2'), verb, forward });

  it('points the way each relation goes', () => {
    expect(hopText([link('funds', true)])).toBe('— funds →');
    expect(hopText([link('implements', false)])).toBe('← implements —');
  });

  it('joins relations each way with commas, and the two directions with a slash', () => {
    expect(hopText([link('organised', true), link('attended', true), link('part of', false)])).toBe('— organised, attended → / ← part of —');
  });

  it('is a bare dash when there is nothing to say', () => {
    expect(hopText([])).toBe('—');
  });
});

describe('a path as a sentence', () => {
  it('reads like the finding, each relation keeping its meaning when walked backwards', () => {
    expect(pathSentence({ nodes: [canada, project, unodc], edges: [funds, implementsProject] })).toBe(
      `Canada — funds → ${project.name} ← implements — United Nations Office on Drugs and Crime`,
    );
  });

  it('is empty for an empty path', () => {
    expect(pathSentence({ nodes: [], edges: [] })).toBe('');
  });

  it('writes one relation from its start to its end', () => {
    const names: Record<string, string> = { 'state:CAN': 'Canada', [PROJECT]: 'the project' };
    expect(relationSentence(funds, (id) => names[id] ?? id)).toBe('Canada — funds → the project');
    expect(relationSentence(seedRelation('OPERATIONALIZES', 'instrument:central-asia-joint-plan-of-action', 'instrument:un-global-counter-terrorism-strategy'), (id) => id)).toBe(
      'instrument:central-asia-joint-plan-of-action — puts into practice → instrument:un-global-counter-terrorism-strategy',
    );
  });
});
