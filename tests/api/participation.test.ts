import { afterAll, describe, expect, inject, it } from 'vitest';
import { createTestApi, type GraphqlResponse } from '../support/api.js';
import { createTestExecutor } from '../support/database.js';
import { createProfilingExecutor } from '../support/profiling-executor.js';

// The wider nexus: the curated graph with every reference dataset imported.
const executor = createTestExecutor(inject('referenceNeo4jUri'));
const api = createTestApi(executor);
const profiler = createProfilingExecutor(inject('referenceNeo4jUri'));
const profiled = createTestApi(profiler);
afterAll(async () => {
  await Promise.all([executor.close(), profiler.close()]);
});

const ATT = 'instrument:arms-trade-treaty';
const AL_QAIDA = 'instrument:unsc-sanctions-al-qaida';

interface Row {
  state: { id: string };
  status: string;
  [field: string]: unknown;
}

/** Every row of a connection, page by page (`first` per page), and the cursors' count of pages. */
async function allPages(field: string, args: string, selection: string, first: number) {
  const rows: Record<string, any>[] = [];
  let after: string | null = null as string | null;
  let pages = 0;
  let totalCount: number | null = null;
  do {
    const response: GraphqlResponse = await api.query(
      `query Page($after: String) { page: ${field}(${args}, first: ${first}, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { ${selection} } } }`,
      { after },
    );
    expect(response.errors).toBeUndefined();
    const page: { nodes: Record<string, any>[]; totalCount: number | null; pageInfo: { hasNextPage: boolean; endCursor: string } } = response.data!.page;
    rows.push(...page.nodes);
    totalCount = page.totalCount;
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    pages += 1;
  } while (after !== null && pages < 100);
  return { rows, pages, totalCount };
}

const PARTICIPATION = 'state { id } status lastKnown asOf consentType consentDate signatureDate datePrecision certain relation { id type }';

describe('treaty participation, from the UN Treaty Collection data', () => {
  it('has Kazakhstan a party to the Arms Trade Treaty since 2017-12-08, by accession, with the relation that says so', async () => {
    const response = await api.query(`{ treatyParticipation(instrumentId: "${ATT}", stateId: "state:KAZ") { totalCount nodes { ${PARTICIPATION} } } }`);
    expect(response.errors).toBeUndefined();
    expect(response.data!.treatyParticipation.nodes).toEqual([
      {
        state: { id: 'state:KAZ' },
        status: 'PARTY',
        lastKnown: null,
        asOf: '2026-02-03',
        consentType: 'ACCESSION',
        consentDate: '2017-12-08',
        signatureDate: null,
        datePrecision: 'DAY',
        certain: true,
        relation: { id: 'PARTY_TO:state:KAZ->instrument:arms-trade-treaty#untc:att:KAZ', type: 'PARTY_TO' },
      },
    ]);
  });

  it('has Kazakhstan NONE for the ATT as of 2015, and the ATT fewer parties then than now', async () => {
    const then = await api.query(`{ treatyParticipation(instrumentId: "${ATT}", stateId: "state:KAZ", asOf: "2015") { nodes { status asOf } } }`);
    expect(then.data!.treatyParticipation.nodes).toEqual([{ status: 'NONE', asOf: '2015' }]);

    const parties = async (asOf: string | null) => {
      const { rows, totalCount } = await allPages('treatyParticipation', `instrumentId: "${ATT}"${asOf ? `, asOf: "${asOf}"` : ''}`, 'state { id } status', 50);
      expect(rows).toHaveLength(totalCount!);
      return rows.filter((row) => row.status === 'PARTY').length;
    };
    const [in2015, now] = await Promise.all([parties('2015'), parties(null)]);
    const direct = await executor.read(
      `MATCH (:Instrument {id: $id})<-[r:PARTY_TO]-(:State) RETURN count(r) AS now, count(CASE WHEN r.startDate <= '2015-12-31' THEN 1 END) AS in2015`,
      { id: ATT },
    );
    expect(now).toBe(direct[0]!.now);
    expect(in2015).toBe(direct[0]!.in2015);
    expect(in2015).toBeGreaterThan(0);
    expect(in2015).toBeLessThan(now);
  });

  it('reads "as of 2000" as the end of 2000, and a day before the ratification as a signatory', async () => {
    // The CWC: Kazakhstan ratified on 2000-03-23.
    const response = await api.query(`{
      endOf2000: treatyParticipation(instrumentId: "instrument:cwc", stateId: "state:KAZ", asOf: "2000") { nodes { status certain } }
      dayBefore: treatyParticipation(instrumentId: "instrument:cwc", stateId: "state:KAZ", asOf: "2000-03-22") { nodes { status certain } }
      sameMonth: treatyParticipation(instrumentId: "instrument:cwc", stateId: "state:KAZ", asOf: "2000-03") { nodes { status certain } }
    }`);
    expect(response.data).toEqual({
      endOf2000: { nodes: [{ status: 'PARTY', certain: true }] },
      // Signed 1993-01-14, not yet ratified.
      dayBefore: { nodes: [{ status: 'SIGNATORY', certain: true }] },
      sameMonth: { nodes: [{ status: 'PARTY', certain: true }] },
    });
  });

  it('says NO_DATA, not NONE, for UNTOC, which no dataset covers', async () => {
    const response = await api.query(`{ treatyParticipation(instrumentId: "instrument:untoc", regionId: "place:central-asia") { totalCount nodes { state { id } status relation { id } } } }`);
    expect(response.errors).toBeUndefined();
    const rows = response.data!.treatyParticipation.nodes as Row[];
    expect(rows.map((row) => row.state.id)).toEqual(['state:KAZ', 'state:KGZ', 'state:TJK', 'state:TKM', 'state:UZB']);
    expect(new Set(rows.map((row) => row.status))).toEqual(new Set(['NO_DATA']));
  });

  it("lists the Central Asian states' Arms Trade Treaty standing: Kazakhstan a party, the others NONE (not NO_DATA)", async () => {
    const response = await api.query(`{ treatyParticipation(instrumentId: "${ATT}", regionId: "place:central-asia") { nodes { state { id } status } } }`);
    expect(response.data!.treatyParticipation.nodes).toEqual([
      { state: { id: 'state:KAZ' }, status: 'PARTY' },
      { state: { id: 'state:KGZ' }, status: 'NONE' },
      { state: { id: 'state:TJK' }, status: 'NONE' },
      { state: { id: 'state:TKM' }, status: 'NONE' },
      { state: { id: 'state:UZB' }, status: 'NONE' },
    ]);
  });

  it("pages a state set's treaty table without gaps or duplicates, as many rows as the states' relations", async () => {
    const states = '["state:KAZ", "state:SAU", "state:RUS", "state:CAN", "state:USA"]';
    const { rows, pages, totalCount } = await allPages('treatyParticipation', `stateIds: ${states}`, 'state { id } instrument { id } status', 7);
    const keys = rows.map((row) => `${row.state.id} ${row.instrument.id}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toEqual([...keys].sort());
    expect(pages).toBeGreaterThan(2);
    const [direct] = await executor.read(
      `UNWIND $ids AS id MATCH (:State {id: id})-[r:PARTY_TO|SIGNED]->(:Instrument) RETURN count(r) AS count`,
      { ids: ['state:KAZ', 'state:SAU', 'state:RUS', 'state:CAN', 'state:USA'] },
    );
    expect(rows).toHaveLength(direct!.count as number);
    expect(totalCount).toBe(direct!.count);
  });

  it('says NO_DATA after the dataset\'s date, with the last known status', async () => {
    const response = await api.query(`{ treatyParticipation(instrumentId: "${ATT}", stateId: "state:KAZ", asOf: "2030") { nodes { status lastKnown asOf } } }`);
    expect(response.data!.treatyParticipation.nodes).toEqual([{ status: 'NO_DATA', lastKnown: 'PARTY', asOf: '2030' }]);
  });
});

describe('memberships, from the Correlates of War IGO data', () => {
  it('has Turkmenistan an associate member of the CIS in 2014 (a full member before 2005) and not a member of the SCO', async () => {
    const response = await api.query(`{
      cis: memberships(organizationId: "org:cis", stateId: "state:TKM", asOf: "2014") { nodes { status membershipType firstYear lastYear } }
      sco: memberships(organizationId: "org:sco", stateId: "state:TKM", asOf: "2014") { nodes { status membershipType relation { id } } }
    }`);
    expect(response.errors).toBeUndefined();
    expect(response.data!.cis.nodes).toEqual([
      { status: 'MEMBER', membershipType: 'ASSOCIATE', firstYear: 2005, lastYear: 2014 },
      { status: 'NOT_MEMBER', membershipType: 'FULL', firstYear: 1991, lastYear: 2004 },
    ].sort((a, b) => a.firstYear - b.firstYear));
    expect(response.data!.sco.nodes).toEqual([{ status: 'NOT_MEMBER', membershipType: null, relation: null }]);
  });

  it('says NO_DATA as of 2020 for spells the data ends in 2014, with the last known status', async () => {
    const response = await api.query(`{ memberships(stateId: "state:TKM", asOf: "2020") { nodes { organization { id } status lastKnown asOf firstYear } } }`);
    const rows = response.data!.memberships.nodes as { organization: { id: string }; status: string; lastKnown: string; firstYear: number }[];
    expect(rows.length).toBeGreaterThan(3);
    expect(new Set(rows.map((row) => row.status))).toEqual(new Set(['NO_DATA']));
    expect(rows.find((row) => row.organization.id === 'org:cis' && row.firstYear === 2005)!.lastKnown).toBe('MEMBER');
    expect(rows.find((row) => row.organization.id === 'org:cis' && row.firstYear === 1991)!.lastKnown).toBe('NOT_MEMBER');
  });

  it('lists the SCO members as of 2010 page by page', async () => {
    const { rows, totalCount } = await allPages('memberships', 'organizationId: "org:sco", asOf: "2010"', 'state { id } status', 2);
    expect(rows).toHaveLength(totalCount!);
    expect(rows.filter((row) => row.status === 'MEMBER').map((row) => row.state.id)).toEqual(
      expect.arrayContaining(['state:CHN', 'state:KAZ', 'state:KGZ', 'state:RUS', 'state:TJK', 'state:UZB']),
    );
  });
});

describe('sanctions entries, from the UN Security Council Consolidated List', () => {
  it('finds the Tajik national listed under the Al-Qaida regime, with its reference number and nationality', async () => {
    const response = await api.query(`{ sanctionsEntries(regimeId: "${AL_QAIDA}", nationalityId: "state:TJK") { totalCount nodes {
      referenceNumber listingStatus listedOn entity { id kind } nationalities { id } regime { id } relation { id type }
    } } }`);
    expect(response.errors).toBeUndefined();
    const entry = (response.data!.sanctionsEntries.nodes as Record<string, any>[]).find((node) => node.referenceNumber === 'QDi.372');
    expect(entry).toMatchObject({
      listingStatus: 'CURRENT',
      entity: { kind: 'PERSON' },
      regime: { id: AL_QAIDA },
      relation: { type: 'LISTED_UNDER' },
    });
    expect(entry!.nationalities).toContainEqual({ id: 'state:TJK' });
  });

  it('pages through the whole Al-Qaida regime in reference-number order: no duplicates, the total a direct count gives', async () => {
    const { rows, pages, totalCount } = await allPages('sanctionsEntries', `regimeId: "${AL_QAIDA}"`, 'referenceNumber relation { id }', 40);
    const [direct] = await executor.read('MATCH (:Instrument {id: $id})<-[r:LISTED_UNDER]-() RETURN count(r) AS count', { id: AL_QAIDA });
    expect(direct!.count).toBeGreaterThan(300);
    expect(rows).toHaveLength(direct!.count as number);
    expect(totalCount).toBe(direct!.count);
    expect(pages).toBe(Math.ceil((direct!.count as number) / 40));
    const ids = rows.map((row) => row.relation.id);
    expect(new Set(ids).size).toBe(ids.length);
    const numbers = rows.map((row) => row.referenceNumber as string);
    expect(numbers).toEqual([...numbers].sort());
  });

  it('splits current from delisted entries, the delisted ones between the two snapshots', async () => {
    const response = await api.query(`{
      current: sanctionsEntries(regimeId: "${AL_QAIDA}", statuses: [CURRENT], first: 1) { totalCount }
      delisted: sanctionsEntries(regimeId: "${AL_QAIDA}", statuses: [DELISTED], first: 100) { totalCount nodes { listingStatus delistedAfter delistedBy } }
      all: sanctionsEntries(regimeId: "${AL_QAIDA}", first: 1) { totalCount }
    }`);
    const { current, delisted, all } = response.data!;
    expect(delisted.totalCount).toBeGreaterThan(0);
    expect(current.totalCount + delisted.totalCount).toBe(all.totalCount);
    for (const node of delisted.nodes) expect(node).toEqual({ listingStatus: 'DELISTED', delistedAfter: '2017-07-03', delistedBy: '2024-09-26' });
  });

  it('costs the database about the same for the first page of a regime as for a late one', async () => {
    const page = (after: string | null) =>
      profiled.query(`query Page($after: String) { sanctionsEntries(regimeId: "${AL_QAIDA}", first: 50, after: $after) { pageInfo { endCursor } nodes { referenceNumber } } }`, { after });
    let cursor: string | null = null;
    const firstHits = await profiler.measure(async () => {
      const response = await page(null);
      cursor = response.data!.sanctionsEntries.pageInfo.endCursor;
    });
    for (let index = 0; index < 5; index += 1) cursor = (await page(cursor)).data!.sanctionsEntries.pageInfo.endCursor;
    const lateHits = await profiler.measure(() => page(cursor));
    // Every page reads the regime's listings once (~2,000 hits) plus its own rows: a person's row
    // (nationalities, more names) costs more than an entity's, and the first page is all entities
    // (QDe.*), the late one persons (QDi.*). Reading the pages before it would cost several times more.
    expect(firstHits).toBeGreaterThan(0);
    expect(lateHits / firstHits).toBeGreaterThan(0.5);
    expect(lateHits / firstHits).toBeLessThan(2);
  });
});

describe('refusals', () => {
  it.each([
    ['treatyParticipation', `treatyParticipation(instrumentId: "${ATT}", asOf: "2015-13") { totalCount }`],
    ['memberships', 'memberships(organizationId: "org:sco", asOf: "last year") { totalCount }'],
    ['treatyParticipation', 'treatyParticipation(asOf: "2015") { totalCount }'],
    ['sanctionsEntries', 'sanctionsEntries(statuses: [CURRENT]) { totalCount }'],
    ['treatyParticipation', `treatyParticipation(instrumentId: "${ATT}", first: 101) { totalCount }`],
  ])('refuses a malformed %s as BAD_USER_INPUT', async (_, selection) => {
    const response = await api.query(`{ ${selection} }`);
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it.each([
    ['an instrument', 'treatyParticipation(instrumentId: "instrument:nope") { totalCount }'],
    ['a region', 'memberships(regionId: "place:nowhere") { totalCount }'],
    ['a state', 'treatyParticipation(stateIds: ["state:KAZ", "state:XXX"]) { totalCount }'],
    ['an organisation', 'memberships(organizationId: "org:nope") { totalCount }'],
    ['a regime', 'sanctionsEntries(regimeId: "instrument:nope") { totalCount }'],
  ])('says NOT_FOUND for %s nobody has', async (_, selection) => {
    const response = await api.query(`{ ${selection} }`);
    expect(response.errors?.map((error) => error.extensions?.code)).toEqual(['NOT_FOUND']);
  });

  it('counts the new pages against the cost limit: a regime page of 100 with 100 relations under each entry is refused', async () => {
    const response = await api.query(`{ sanctionsEntries(regimeId: "${AL_QAIDA}", first: 100) { nodes { entity { relations(first: 100) { totalCount } } } } }`);
    expect(response.status).toBe(400);
    expect(response.errors![0]!.message).toMatch(/^Cost limit of 10000 exceeded/);
    const smaller = await api.query(`{ sanctionsEntries(regimeId: "${AL_QAIDA}", first: 10) { nodes { entity { relations(first: 10) { totalCount } } } } }`);
    expect(smaller.errors).toBeUndefined();
  });
});
