import { afterAll, describe, expect, inject, it } from 'vitest';
import { createTestApi, type GraphqlResponse } from '../support/api.js';
import { createTestExecutor } from '../support/database.js';

/**
 * The wider nexus's hubs (a sanctions regime holds ~380 relations, more than the supernode
 * threshold) page through all their relations: the supernode plan reads them by id range, which
 * works only because reference relations' ids follow the curated `<TYPE>:<from>-><to>` form.
 */
const executor = createTestExecutor(inject('referenceNeo4jUri'));
const api = createTestApi(executor);
afterAll(async () => {
  await executor.close();
});

const AL_QAIDA = 'instrument:unsc-sanctions-al-qaida';

describe('a sanctions regime, a supernode of the wider nexus', () => {
  it('pages through every listing under it, each once, in relation-id order', async () => {
    const [{ count }] = (await executor.read(
      "MATCH (:Entity)-[r:LISTED_UNDER]->(:Entity {id: $id}) RETURN count(r) AS count",
      { id: AL_QAIDA },
    )) as [{ count: number }];
    expect(count).toBeGreaterThan(250);
    const ids: string[] = [];
    let after: string | null = null;
    let totalCount = 0;
    for (let page = 0; page < 20; page += 1) {
      const response: GraphqlResponse = await api.query(
        `query ($id: ID!, $after: String) { entity(id: $id) { relations(direction: INCOMING, types: [LISTED_UNDER], first: 100, after: $after) {
          totalCount nodes { id type to { id } } pageInfo { hasNextPage endCursor } } } }`,
        { id: AL_QAIDA, after },
      );
      expect(response.errors).toBeUndefined();
      const relations: { totalCount: number; nodes: { id: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } =
        response.data!.entity.relations;
      totalCount = relations.totalCount;
      ids.push(...relations.nodes.map((node: { id: string }) => node.id));
      if (!relations.pageInfo.hasNextPage) break;
      after = relations.pageInfo.endCursor;
    }
    expect(totalCount).toBe(count);
    expect(ids).toHaveLength(count);
    expect(new Set(ids).size).toBe(count);
    expect([...ids].sort()).toEqual(ids);
  });
});
