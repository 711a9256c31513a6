import { describe, expect, it } from 'vitest';
import { firstStatements, statementCount, statementGroups } from '../../client/src/core/evidence/index.js';
import { SEED_ENTITIES, SEED_EVIDENCE, SEED_RELATIONS, SEED_SOURCES } from './seed-fixtures.js';

const UNODC = 'org:unodc';
const names = new Map(SEED_ENTITIES.map((entity) => [entity.id, entity.name]));
const nameOf = (id: string) => names.get(id) ?? id;
const relationsOf = (id: string) => SEED_RELATIONS.filter((relation) => relation.from.id === id || relation.to.id === id);

function unodcGroups() {
  const unodc = SEED_ENTITIES.find((entity) => entity.id === UNODC)!;
  const evidence = SEED_EVIDENCE.filter((item) => item.record === UNODC).map(({ quote, source }) => ({ quote, source: { id: source, title: SEED_SOURCES.find((candidate) => candidate.id === source)!.title } }));
  expect(evidence.length).toBeGreaterThan(0);
  return { groups: statementGroups({ ...unodc, evidence }, relationsOf(UNODC), nameOf), ownCount: evidence.length };
}

describe('every statement about an actor in one list', () => {
  it('holds UNODC’s own quotes first, then every quote behind each of its links, once', () => {
    const { groups, ownCount } = unodcGroups();
    expect(groups[0]).toMatchObject({ relationId: null, title: 'About United Nations Office on Drugs and Crime itself' });
    expect(groups[0]!.evidence).toHaveLength(ownCount);
    const links = relationsOf(UNODC);
    expect(groups.slice(1).map((group) => group.relationId).sort()).toEqual(links.map((relation) => relation.id).sort());
    expect(statementCount(groups)).toBe(ownCount + links.reduce((sum, relation) => sum + relation.evidence.length, 0));
    expect(groups.find((group) => group.relationId?.startsWith('IMPLEMENTS'))?.title).toMatch(/^United Nations Office on Drugs and Crime — implements → Addressing/);
  });

  it('keeps each link’s dispute and doubt with its quotes', () => {
    const presentation = 'event:project-presentation-2020-02';
    const entity = SEED_ENTITIES.find((candidate) => candidate.id === presentation)!;
    const groups = statementGroups({ ...entity, evidence: [] }, relationsOf(presentation), nameOf);
    const disputed = groups.filter((group) => group.conflict);
    expect(disputed.length).toBeGreaterThanOrEqual(2);
    expect(groups[0]!.doubt).toMatch(/does not say where the presentation took place/);
  });

  it('pages the list: never more quotes than asked for, the rest on the next page', () => {
    const { groups } = unodcGroups();
    const total = statementCount(groups);
    expect(total).toBeGreaterThan(10);
    const first = firstStatements(groups, 10);
    expect(statementCount(first)).toBe(10);
    expect(first[0]).toEqual(groups[0]!.evidence.length <= 10 ? groups[0] : { ...groups[0], evidence: groups[0]!.evidence.slice(0, 10) });
    expect(statementCount(firstStatements(groups, total + 5))).toBe(total);
  });
});
