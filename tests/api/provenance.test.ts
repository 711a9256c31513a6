import { afterAll, describe, expect, inject, it } from 'vitest';
import { CURATED_DATASET } from '../../model/data-model.js';
import { referenceDataDir } from '../../seed/reference/index.js';
import { createTestApi, type GraphqlResponse } from '../support/api.js';
import { createTestExecutor } from '../support/database.js';
import { createRecordingExecutor } from '../support/recording-executor.js';
import { misquoted } from '../support/reference-evidence.js';

// The wider nexus: the curated graph with every reference dataset imported.
const executor = createTestExecutor(inject('referenceNeo4jUri'));
const api = createTestApi(executor);
const recording = createRecordingExecutor(inject('referenceNeo4jUri'));
const recordingApi = createTestApi(recording);
afterAll(async () => {
  await executor.close();
  await recording.close();
});

async function data<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<T> {
  const response = await api.query<T>(query, variables);
  expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
  return response.data!;
}

async function count(cypher: string, parameters: Record<string, unknown> = {}): Promise<number> {
  const [row] = await executor.read(cypher, parameters);
  return Number(row?.count);
}

function expectRefused(response: GraphqlResponse, code: string, message: RegExp): void {
  expect(response.errors, JSON.stringify(response)).toHaveLength(1);
  expect(response.errors![0]!.extensions?.code).toBe(code);
  expect(response.errors![0]!.message).toMatch(message);
}

interface Statement {
  id: string;
  dataset: { id: string };
  source: { id: string } | null;
  file: string | null;
  line: number | null;
  locator: string;
  quote: string;
  snapshot: string | null;
  withdrawnAsOf: string | null;
}

const STATEMENT = 'id dataset { id } source { id } file line locator quote snapshot withdrawnAsOf';

describe('an analyst sees which datasets the graph is built from', () => {
  it('lists the curated documents first, then every reference dataset by id, with counts the database confirms', async () => {
    const { datasets } = await data<{ datasets: Record<string, any>[] }>(
      '{ datasets { id title publisher asOf licence files entityCount relationCount statementCount unresolvedCount } }',
    );
    const stored = (await executor.read('MATCH (d:Dataset) RETURN d.id AS id ORDER BY id')).map((row) => row.id as string);
    expect(stored.length).toBeGreaterThanOrEqual(3);
    expect(datasets.map((dataset) => dataset.id)).toEqual([CURATED_DATASET, ...stored]);

    const [curated, ...references] = datasets;
    expect(curated).toMatchObject({ title: 'Curated documents', unresolvedCount: 0 });
    expect(curated!.files).toHaveLength(await count('MATCH (s:Source) RETURN count(s) AS count'));
    expect(curated!.entityCount).toBe(await count('MATCH (n:Entity) WHERE $id IN n.datasets RETURN count(n) AS count', { id: CURATED_DATASET }));
    expect(curated!.relationCount).toBe(await count('MATCH ()-[r]->() WHERE r.dataset = $id RETURN count(r) AS count', { id: CURATED_DATASET }));
    expect(curated!.statementCount).toBe(
      await count(
        `CALL () { MATCH (n:Entity) WHERE $id IN n.datasets RETURN sum(size(n.evidenceSources)) AS entities }
         CALL () { MATCH ()-[r]->() WHERE r.dataset = $id RETURN sum(size(r.evidenceSources)) AS relations }
         RETURN entities + relations AS count`,
        { id: CURATED_DATASET },
      ),
    );
    for (const dataset of references) {
      const id = dataset.id as string;
      expect(dataset.title, id).toMatch(/\w/);
      expect(dataset.files.length, id).toBeGreaterThan(0);
      expect(dataset.entityCount, id).toBe(await count('MATCH (n:Entity) WHERE $id IN n.datasets RETURN count(n) AS count', { id }));
      expect(dataset.relationCount, id).toBe(
        await count('MATCH ()-[r]->() WHERE r.dataset = $id AND r.withdrawnAsOf IS NULL RETURN count(r) AS count', { id }),
      );
      expect(dataset.statementCount, id).toBe(
        await count('MATCH (s:Statement {dataset: $id}) WHERE s.withdrawnAsOf IS NULL RETURN count(s) AS count', { id }),
      );
      expect(dataset.unresolvedCount, id).toBe(await count('MATCH (u:UnresolvedValue {dataset: $id}) RETURN count(u) AS count', { id }));
    }
  });

  it('finds one dataset by id, and null for an id no dataset has', async () => {
    const result = await data('{ cow: dataset(id: "dataset:cow-igo") { id asOf coverage } none: dataset(id: "dataset:nope") { id } }');
    expect(result.cow).toMatchObject({ id: 'dataset:cow-igo', asOf: '2014' });
    expect(result.cow.coverage).toMatch(/2014/);
    expect(result.none).toBeNull();
  });

  it('pages through the values an importer could not resolve, as the database holds them', async () => {
    const query = `query Unresolved($after: String) {
      dataset(id: "dataset:cow-igo") { unresolvedCount unresolved(first: 10, after: $after) {
        totalCount nodes { file locator field value reason } pageInfo { hasNextPage endCursor } } } }`;
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 10; page += 1) {
      const { dataset }: { dataset: any } = await data<{ dataset: any }>(query, { after });
      expect(dataset.unresolved.nodes.length).toBeLessThanOrEqual(10);
      seen.push(...dataset.unresolved.nodes.map((value: any) => `${value.locator} ${value.field} ${value.value}`));
      if (!dataset.unresolved.pageInfo.hasNextPage) break;
      after = dataset.unresolved.pageInfo.endCursor;
    }
    const stored = await count('MATCH (u:UnresolvedValue {dataset: "dataset:cow-igo"}) RETURN count(u) AS count');
    expect(stored).toBeGreaterThan(10);
    expect(seen).toHaveLength(stored);
    expect(new Set(seen).size).toBe(stored);
  });
});

describe('an analyst checks the evidence of a fact in every dataset that states it', () => {
  it("shows Kazakhstan's curated passages first, then the country-codes CSV line, byte for byte", async () => {
    const { entity } = await data<{ entity: any }>(
      `{ entity(id: "state:KAZ") { evidence { source { id } quote } datasets { id }
          statements(first: 100) { totalCount nodes { ${STATEMENT} } } } }`,
    );
    const statements = entity.statements.nodes as Statement[];
    expect(entity.datasets.map((dataset: { id: string }) => dataset.id)).toEqual(
      expect.arrayContaining([CURATED_DATASET, 'dataset:country-codes', 'dataset:untc-arms-treaties', 'dataset:cow-igo']),
    );
    const curated = statements.filter((statement) => statement.dataset.id === CURATED_DATASET);
    expect(curated.map((statement) => ({ source: statement.source, quote: statement.quote }))).toEqual(entity.evidence);
    expect(statements.slice(0, curated.length)).toEqual(curated);

    const csv = statements.find((statement) => statement.file === 'country-codes/country-codes.csv');
    expect(csv).toMatchObject({ dataset: { id: 'dataset:country-codes' }, source: null, withdrawnAsOf: null });
    expect(csv!.quote).toMatch(/^KAZ,/);
    const reference = statements.filter((statement) => statement.dataset.id !== CURATED_DATASET);
    const evidence = reference.map((statement) => ({ file: statement.file!, line: statement.line!, locator: statement.locator, quote: statement.quote }));
    expect(misquoted(referenceDataDir(), evidence)).toEqual([]);
    expect(entity.statements.totalCount).toBe(
      curated.length + (await count('MATCH (s:Statement {subjectId: "state:KAZ"}) RETURN count(s) AS count')),
    );
    // Curated first, then by dataset.
    const datasets = reference.map((statement) => statement.dataset.id);
    expect(datasets).toEqual([...datasets].sort());
  });

  it("pages through a state's statements two at a time: every statement once, in the same order", async () => {
    const query = `query Statements($after: String, $first: Int) { entity(id: "state:KAZ") {
      statements(first: $first, after: $after) { totalCount edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage endCursor } } } }`;
    const all = (await data<{ entity: any }>(query, { first: 100 })).entity.statements;
    const paged: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 50; page += 1) {
      const { statements }: { statements: any } = (await data<{ entity: any }>(query, { first: 2, after })).entity;
      expect(statements.edges.length).toBeLessThanOrEqual(2);
      expect(statements.pageInfo.hasPreviousPage).toBe(after !== null);
      paged.push(...statements.edges.map((edge: any) => edge.node.id));
      if (!statements.pageInfo.hasNextPage) break;
      after = statements.pageInfo.endCursor;
    }
    expect(all.totalCount).toBeGreaterThan(4);
    expect(paged).toEqual(all.edges.map((edge: any) => edge.node.id));
    expect(paged).toHaveLength(all.totalCount);
  });

  it("shows a treaty accession's CSV line, and a curated relation's passages, as the relation's statements", async () => {
    const result = await data<{ att: any; curated: any }>(
      `{ att: relation(id: "PARTY_TO:state:KAZ->instrument:arms-trade-treaty#untc:att:KAZ") { type consentType startDate datasets { id } evidence { quote } statements { ${STATEMENT} } }
         curated: relation(id: "FUNDS:state:SAU->project:terrorism-arms-crime-nexus") { datasets { id } evidence { source { id } quote } statements { ${STATEMENT} } } }`,
    );
    expect(result.att).toMatchObject({ type: 'PARTY_TO', consentType: 'ACCESSION', datasets: [{ id: 'dataset:untc-arms-treaties' }], evidence: [] });
    const [statement, ...others] = result.att.statements as Statement[];
    expect(others).toEqual([]);
    expect(statement).toMatchObject({ dataset: { id: 'dataset:untc-arms-treaties' }, file: 'untc-arms-treaties/arms_control_ratifications.csv' });
    expect(statement!.quote).toMatch(/^Kazakhstan,att,Arms Trade Treaty,Accession,2017-12-08/);
    expect(misquoted(referenceDataDir(), [{ file: statement!.file!, line: statement!.line!, locator: statement!.locator, quote: statement!.quote }])).toEqual([]);

    expect(result.curated.datasets).toEqual([{ id: CURATED_DATASET }]);
    expect(result.curated.evidence.length).toBeGreaterThan(0);
    expect(result.curated.statements.map((s: Statement) => ({ source: s.source, quote: s.quote }))).toEqual(result.curated.evidence);
  });

  it('refuses a cursor the statements did not hand out, and one of another connection', async () => {
    expectRefused(
      await api.query('{ entity(id: "state:KAZ") { statements(after: "not-a-cursor") { totalCount } } }'),
      'BAD_USER_INPUT',
      /statements: "after" is not a cursor/,
    );
    const { entities } = await data<{ entities: any }>('{ entities(first: 1) { pageInfo { endCursor } } }');
    expectRefused(
      await api.query('query ($after: String) { entity(id: "state:KAZ") { statements(after: $after) { totalCount } } }', {
        after: entities.pageInfo.endCursor,
      }),
      'BAD_USER_INPUT',
      /statements: "after" is not a cursor/,
    );
    expectRefused(
      await api.query('{ dataset(id: "dataset:cow-igo") { unresolved(after: "bm9wZQ") { totalCount } } }'),
      'BAD_USER_INPUT',
      /unresolved: "after" is not a cursor/,
    );
  });

  it('counts statements pages in the cost limit: a hundred entities with a hundred statements each are refused', async () => {
    expectRefused(
      await api.query('{ entities(first: 100) { nodes { statements(first: 100) { nodes { quote } } } } }'),
      'BAD_USER_INPUT',
      /Cost limit of \d+ exceeded/,
    );
    expect((await api.query('{ entities(first: 10) { nodes { statements(first: 10) { nodes { quote } } } } }')).errors).toBeUndefined();
  });
});

describe('an analyst reads the typed facts the reference data adds', () => {
  it("Kazakhstan's codes, UN membership and names in the six UN languages", async () => {
    const { entity } = await data<{ entity: any }>(
      `{ entity(id: "state:KAZ") { ... on State { iso3 iso2 isoNumeric m49 unMember unObserver
          unNames { ar zh en es fr ru } unFormalNames { en ru } } } }`,
    );
    expect(entity).toMatchObject({ iso3: 'KAZ', iso2: 'KZ', isoNumeric: '398', m49: '398', unMember: true, unObserver: false });
    expect(entity.unNames).toEqual({ ar: 'كازاخستان', zh: '哈萨克斯坦', en: 'Kazakhstan', es: 'Kazajstán', fr: 'Kazakhstan', ru: 'Казахстан' });
    expect(entity.unFormalNames).toEqual({ en: 'the Republic of Kazakhstan', ru: 'Республика Казахстан' });
  });

  it("says what a reference dataset doubts about an entity: the Holy See's UN membership", async () => {
    const { entity } = await data<{ entity: any }>('{ entity(id: "state:VAT") { doubt ... on State { unMember unObserver } } }');
    expect(entity.unMember).toBe(false);
    expect(entity.doubt).toMatch(/countries\.json says unMember: true/);
  });

  it('the Arms Trade Treaty as the UN Treaty Collection numbers it, the UN as Correlates of War does, and a membership spell', async () => {
    const result = await data<{ att: any; un: any }>(
      `{ att: entity(id: "instrument:arms-trade-treaty") { ... on Instrument { treatyId mtdsgNo openYear treatyUrl } }
         un: entity(id: "org:un") { ... on Organization { cowIonum cowAbbreviation foundedYear dissolvedYear
           relations(types: [MEMBER_OF], direction: INCOMING, first: 1) { nodes { membershipType firstYear lastYear startDate withdrawnAsOf } } } } }`,
    );
    expect(result.att).toMatchObject({ treatyId: 'att', mtdsgNo: 'XXVI-8', openYear: 2013 });
    expect(result.att.treatyUrl).toMatch(/^https:\/\/treaties\.un\.org\//);
    expect(result.un).toMatchObject({ cowIonum: 4400, cowAbbreviation: 'UN', foundedYear: 1945, dissolvedYear: null });
    const [spell] = result.un.relations.nodes;
    expect(spell.membershipType).toMatch(/^(FULL|ASSOCIATE|OBSERVER)$/);
    expect(spell.firstYear).toBeGreaterThanOrEqual(1945);
    expect(spell.startDate).toBe(String(spell.firstYear));
    expect(spell.withdrawnAsOf).toBeNull();
  });
});

describe('an analyst reads a listed party as the UN Consolidated List states it', () => {
  it("Gulmurod Khalimov's listing fields, his current listing, and the list's record of him in each snapshot, oldest first", async () => {
    const { entity } = await data<{ entity: any }>(
      `{ entity(id: "person:un-qdi-372") { name datasets { id }
          ... on Person { referenceNumber otherReferenceNumbers unListType listedOn nationalityText datesOfBirth designations listingComments }
          relations(types: [LISTED_UNDER], first: 5) { nodes { referenceNumber listingStatus startDate delistedAfter delistedBy to { id } } }
          statements { totalCount nodes { ${STATEMENT} } } } }`,
    );
    expect(entity).toMatchObject({
      name: 'GULMUROD KHALIMOV',
      datasets: [{ id: 'dataset:un-sc-consolidated' }],
      referenceNumber: 'QDi.372',
      otherReferenceNumbers: [],
      unListType: 'Al-Qaida',
      listedOn: '2016-02-29',
      nationalityText: 'Tajikistan',
      datesOfBirth: ['1975-05-14'],
    });
    expect(entity.listingComments).toMatch(/Islamic State in Iraq and the Levant/);
    expect(entity.relations.nodes).toEqual([
      {
        referenceNumber: 'QDi.372', listingStatus: 'CURRENT', startDate: '2016-02-29', delistedAfter: null, delistedBy: null,
        to: { id: 'instrument:unsc-sanctions-al-qaida' },
      },
    ]);
    const statements = entity.statements.nodes as Statement[];
    expect(statements.map((statement) => [statement.locator, statement.snapshot])).toEqual([
      ['QDi.372@2017-07-03', '2017-07-03'],
      ['QDi.372@2024-09-26', '2024-09-26'],
    ]);
    for (const statement of statements) expect(statement.quote).toMatch(/^\s*<INDIVIDUAL>[\s\S]*QDi\.372[\s\S]*<\/INDIVIDUAL>$/);
    const evidence = statements.map((statement) => ({ file: statement.file!, line: statement.line!, locator: statement.locator, quote: statement.quote }));
    expect(misquoted(referenceDataDir(), evidence)).toEqual([]);
  });

  it('a listing gone from the later snapshot is delisted between the two snapshot dates', async () => {
    const { relation } = await data<{ relation: any }>(
      '{ relation(id: "LISTED_UNDER:org:un-cfe-001->instrument:unsc-sanctions-car#unsc:CFe.001:listing") { type listingStatus delistedAfter delistedBy withdrawnAsOf from { id } } }',
    );
    expect(relation).toEqual({
      type: 'LISTED_UNDER', listingStatus: 'DELISTED', delistedAfter: '2017-07-03', delistedBy: '2024-09-26', withdrawnAsOf: null,
      from: { id: 'org:un-cfe-001' },
    });
  });

  it("shows a listed group's other names as its aliases, so the explorer has something to show", async () => {
    const { entity } = await data<{ entity: any }>('{ entity(id: "org:un-cde-001") { name aliases ... on Organization { referenceNumber } } }');
    expect(entity).toMatchObject({ name: 'ADF', referenceNumber: 'CDe.001' });
    expect(entity.aliases).toEqual(expect.arrayContaining(['Allied Democratic Forces', 'ADF/NALU', 'NALU']));
  });
});

describe('an analyst reads every name of an entity, with who gives it', () => {
  it('Kazakhstan has its curated name first, then its Russian and Arabic UN names from the country codes', async () => {
    const { entity } = await data<{ entity: any }>(
      '{ entity(id: "state:KAZ") { name aliases names { name quality language script originalScript dataset { id } } } }',
    );
    expect(entity.names[0]).toEqual({ name: 'Kazakhstan', quality: 'STRONG', language: 'en', script: 'Latn', originalScript: false, dataset: { id: CURATED_DATASET } });
    expect(entity.names).toContainEqual({
      name: 'Казахстан', quality: 'STRONG', language: 'ru', script: 'Cyrl', originalScript: true, dataset: { id: 'dataset:country-codes' },
    });
    expect(entity.names).toContainEqual({
      name: 'كازاخستان', quality: 'STRONG', language: 'ar', script: 'Arab', originalScript: true, dataset: { id: 'dataset:country-codes' },
    });
    expect(entity.names).toContainEqual(expect.objectContaining({ name: 'Republic of Kazakhstan', dataset: { id: CURATED_DATASET } }));
    // The aliases: the curated ones first, then the strong reference names, each once.
    expect(entity.aliases[0]).toBe('Republic of Kazakhstan');
    expect(entity.aliases).toContain('Казахстан');
    expect(new Set(entity.aliases).size).toBe(entity.aliases.length);
  });
});

describe('provenance fields are batched: the round trips of a page do not grow with its entities', () => {
  it('reads 5 or 50 states with their datasets, names and statements in the same round trips', async () => {
    const query = `query Page($first: Int) { entities(kinds: [STATE], first: $first) { nodes {
      datasets { title } names { name dataset { id } }
      statements(first: 5) { totalCount nodes { quote dataset { title } source { title } } } } } }`;
    const trips: number[] = [];
    for (const first of [5, 50]) {
      const response = await recordingApi.query<{ entities: { nodes: unknown[] } }>(query, { first });
      expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
      expect(response.data!.entities.nodes).toHaveLength(first);
      trips.push(recording.lastRoundTrips);
    }
    // A fixed budget, whatever the number of states: the page, the statements, the reference
    // datasets, and where a curated state is among them the curated dataset and its sources.
    for (const count of trips) expect(count).toBeLessThanOrEqual(5);
  });

  it("reads 3 or 30 of Kazakhstan's relations with their datasets and statements in the same round trips", async () => {
    const query = `query Relations($first: Int) { entity(id: "state:KAZ") { relations(first: $first) { nodes {
      datasets { id } statements { locator quote dataset { title } source { title } } } } } }`;
    const trips: number[] = [];
    for (const first of [3, 30]) {
      const response = await recordingApi.query<{ entity: { relations: { nodes: unknown[] } } }>(query, { first });
      expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
      expect(response.data!.entity.relations.nodes).toHaveLength(first);
      trips.push(recording.lastRoundTrips);
    }
    expect(trips[0]).toBeLessThanOrEqual(6);
    expect(trips[1]).toBe(trips[0]);
  });
});
