import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { loadDataset } from '../../seed/validation/index.js';
import { type ExplorerSession, nodeIds, PROJECT, screenshot, startSettledExplorer } from './explorer-harness.js';

/**
 * The explorer on the wider nexus: the curated graph with every reference dataset imported
 * (inject('referenceNeo4jUri')), as `npm start` serves it by default.
 */
let session: ExplorerSession;
const curated = loadDataset();

beforeAll(async () => {
  session = await startSettledExplorer('/', { neo4jUri: inject('referenceNeo4jUri') });
}, 180_000);

afterAll(async () => {
  await session?.close();
});

describe('a reader opens the explorer on the wider nexus', () => {
  it('sees the curated project graph first: its entities, every curated link among them, no reference entity', async () => {
    const { page } = session;
    const overviewTypes = new Set(['IMPLEMENTS', 'FUNDS', 'COLLABORATES_ON', 'BENEFITS_FROM', 'SUPPORTS', 'FRAMES']);
    const expectedNodes = new Set([PROJECT]);
    for (const relation of curated.relations) {
      if (!overviewTypes.has(relation.type)) continue;
      if (relation.to === PROJECT) expectedNodes.add(relation.from);
      if (relation.from === PROJECT) expectedNodes.add(relation.to);
    }
    expect(await nodeIds(page)).toEqual([...expectedNodes].sort());
    // The links among them settle in the background once every node's relations are in.
    const curatedAmong = curated.relations.filter((relation) => expectedNodes.has(relation.from) && expectedNodes.has(relation.to)).map((relation) => relation.id).sort();
    await page.waitForFunction((count) => window.cy.edges().length >= count, curatedAmong.length, { polling: 100, timeout: 30_000 });
    await page.waitForTimeout(1000);
    const edges = await page.evaluate(() => window.cy.edges().map((edge) => edge.id()).sort());
    await screenshot(page, 'reference-overview');
    // Hubs such as INTERPOL have hundreds of reference links now: none of the curated ones may be crowded out.
    expect(edges).toEqual(expect.arrayContaining(curatedAmong));
    // What else is drawn are reference facts between these same curated actors (Kazakhstan party to the ATT, members of the SCO).
    const others = edges.filter((id) => !curatedAmong.includes(id));
    expect(others.filter((id) => !/^(untc|cow|unsc|cc):/.test(id))).toEqual([]);
  });
});
