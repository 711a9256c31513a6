import { afterAll, describe, expect, inject, it } from 'vitest';
import { createTestApi } from '../support/api.js';
import { createTestExecutor } from '../support/database.js';

// The wider nexus: the curated graph with every reference dataset imported.
const executor = createTestExecutor(inject('referenceNeo4jUri'));
const api = createTestApi(executor);
afterAll(() => executor.close());

const NEIGHBOURHOOD = `query AsOf($id: ID!, $types: [RelationType!], $asOf: String) {
  neighbourhood(id: $id, types: $types, asOf: $asOf, limit: 500) { nodes { id } edges { id } }
}`;

async function edgeIds(id: string, types: string[], asOf: string | null): Promise<string[]> {
  const response = await api.query(NEIGHBOURHOOD, { id, types, asOf });
  expect(response.errors).toBeUndefined();
  return (response.data!.neighbourhood.edges as { id: string }[]).map((edge) => edge.id);
}

describe('the neighbourhood as of a date keeps only the relations in force then', () => {
  it("hides Kazakhstan's accession to the Arms Trade Treaty (2017-12-08) as of 2015, and keeps its CWC ratification (2000)", async () => {
    const [now, in2015] = await Promise.all([edgeIds('state:KAZ', ['PARTY_TO'], null), edgeIds('state:KAZ', ['PARTY_TO'], '2015')]);
    expect(now).toEqual(expect.arrayContaining(['PARTY_TO:state:KAZ->instrument:arms-trade-treaty#untc:att:KAZ', 'PARTY_TO:state:KAZ->instrument:cwc#untc:cwc:KAZ']));
    expect(in2015).toContain('PARTY_TO:state:KAZ->instrument:cwc#untc:cwc:KAZ');
    expect(in2015).not.toContain('PARTY_TO:state:KAZ->instrument:arms-trade-treaty#untc:att:KAZ');
    // "2017" is read as the end of 2017: the accession of 2017-12-08 is in force.
    expect(await edgeIds('state:KAZ', ['PARTY_TO'], '2017')).toContain('PARTY_TO:state:KAZ->instrument:arms-trade-treaty#untc:att:KAZ');
  });

  it("hides the entity it reached only through such a relation", async () => {
    const response = await api.query(NEIGHBOURHOOD, { id: 'state:KAZ', types: ['PARTY_TO'], asOf: '2015' });
    expect((response.data!.neighbourhood.nodes as { id: string }[]).map((node) => node.id)).not.toContain('instrument:arms-trade-treaty');
  });

  it("ends a membership spell at its end date: Turkmenistan's full CIS membership (1991-2004) in 2000, not in 2010", async () => {
    const full = 'MEMBER_OF:state:TKM->org:cis#cow:1230:TKM:1991';
    const associate = 'MEMBER_OF:state:TKM->org:cis#cow:1230:TKM:2005';
    const [in2000, in2010] = await Promise.all([edgeIds('state:TKM', ['MEMBER_OF'], '2000'), edgeIds('state:TKM', ['MEMBER_OF'], '2010')]);
    expect(in2000).toContain(full);
    expect(in2000).not.toContain(associate);
    expect(in2010).toContain(associate);
    expect(in2010).not.toContain(full);
  });

  it('hides a delisted sanctions listing once the snapshot without it is dated, and shows it before', async () => {
    const [row] = await executor.read(
      `MATCH (party:Entity)-[r:LISTED_UNDER {listingStatus: 'delisted'}]->() WHERE r.startDate < '2017' RETURN party.id AS party, r.id AS id LIMIT 1`,
    );
    const [in2018, in2025] = await Promise.all([
      edgeIds(row!.party as string, ['LISTED_UNDER'], '2018'),
      edgeIds(row!.party as string, ['LISTED_UNDER'], '2025'),
    ]);
    expect(in2018).toContain(row!.id);
    expect(in2025).not.toContain(row!.id);
  });

  it('keeps undated relations (the curated graph states few dates) and composes with the type filter', async () => {
    const response = await api.query(NEIGHBOURHOOD, { id: 'org:unodc', types: null, asOf: '2015' });
    expect((response.data!.neighbourhood.edges as unknown[]).length).toBeGreaterThan(0);
  });

  it('refuses an asOf that is not a date as BAD_USER_INPUT', async () => {
    const response = await api.query(NEIGHBOURHOOD, { id: 'state:KAZ', types: null, asOf: '2015-02-30' });
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
