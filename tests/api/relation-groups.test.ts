import { afterAll, describe, expect, inject, it } from 'vitest';
import { createTestApi } from '../support/api.js';
import { createTestExecutor } from '../support/database.js';

/**
 * A hub is summarised before its neighbours are shown: its relations counted by type, direction
 * and the kind at the other end (`Entity.relationGroups`), the same counts as paging through them.
 */
const executor = createTestExecutor(inject('referenceNeo4jUri'));
const api = createTestApi(executor);
afterAll(async () => {
  await executor.close();
});

const ATT = 'instrument:arms-trade-treaty';
const AL_QAIDA = 'instrument:unsc-sanctions-al-qaida';

interface Group {
  type: string;
  direction: string;
  kind: string;
  count: number;
  typeCount: number;
  countIsLowerBound: boolean;
}

async function groupsOf(id: string, limit?: number): Promise<Group[]> {
  const response = await api.query(
    `query ($id: ID!, $limit: Int) { entity(id: $id) { relationGroups(limit: $limit) { type direction kind count typeCount countIsLowerBound } } }`,
    { id, ...(limit === undefined ? {} : { limit: limit }) },
  );
  expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
  return response.data!.entity.relationGroups as Group[];
}

async function totalCount(id: string, type: string, direction: string): Promise<number> {
  const response = await api.query(
    `query ($id: ID!, $types: [RelationType!], $direction: Direction) { entity(id: $id) { relations(types: $types, direction: $direction, first: 1) { totalCount } } }`,
    { id, types: [type], direction },
  );
  expect(response.errors).toBeUndefined();
  return response.data!.entity.relations.totalCount as number;
}

// The first reads plan their queries: on the shared test machine under load that alone took over 30 s.
const COLD = 120_000;

describe('Entity.relationGroups: a hub counted by type, direction and kind', () => {
  it('counts the Arms Trade Treaty’s parties and signatories, states all, as many as paging finds', async () => {
    const groups = await groupsOf(ATT);
    const parties = groups.find((group) => group.type === 'PARTY_TO' && group.direction === 'INCOMING');
    expect(parties).toMatchObject({ kind: 'STATE', countIsLowerBound: false });
    expect(parties!.count).toBeGreaterThan(100);
    expect(parties!.count).toBe(await totalCount(ATT, 'PARTY_TO', 'INCOMING'));
    const signatories = groups.find((group) => group.type === 'SIGNED' && group.direction === 'INCOMING');
    expect(signatories!.count).toBe(await totalCount(ATT, 'SIGNED', 'INCOMING'));
    for (const group of groups) expect(group.typeCount).toBe(await totalCount(ATT, group.type, group.direction));
  }, COLD);

  it('splits a sanctions regime’s listings into people and organisations', async () => {
    const listed = (await groupsOf(AL_QAIDA)).filter((group) => group.type === 'LISTED_UNDER');
    expect(listed.map((group) => group.kind).sort()).toEqual(['ORGANIZATION', 'PERSON']);
    const total = await totalCount(AL_QAIDA, 'LISTED_UNDER', 'INCOMING');
    expect(total).toBeGreaterThan(250);
    expect(listed[0]!.count + listed[1]!.count).toBe(total);
    expect(listed.every((group) => group.typeCount === total && !group.countIsLowerBound)).toBe(true);
  }, COLD);

  it('reads no more than its limit of each type and says the count is then a lower bound', async () => {
    const listed = (await groupsOf(AL_QAIDA, 10)).filter((group) => group.type === 'LISTED_UNDER');
    expect(listed.reduce((sum, group) => sum + group.count, 0)).toBe(10);
    expect(listed.every((group) => group.countIsLowerBound && group.typeCount > 250)).toBe(true);
  });

  it('refuses a limit out of range with BAD_USER_INPUT', async () => {
    const response = await api.query(`{ entity(id: "${ATT}") { relationGroups(limit: 0) { count } } }`);
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
