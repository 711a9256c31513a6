import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Executor } from '../../server/database/executor.js';
import { seedDatabase } from '../../seed/index.js';
import type { ReferenceImport } from '../../seed/reference/types.js';
import { ReferenceRecordError } from '../../seed/reference/write/rows.js';
import { isUnchanged } from '../../seed/reference/write/summary.js';
import { writeReferenceImport } from '../../seed/reference/write/write-reference.js';
import { createTestExecutor } from '../support/database.js';
import { startPrivateNeo4j } from '../support/private-neo4j.js';

/**
 * Who owns what: the curated seed and each reference dataset create, update and end only their
 * own records, on a Neo4j of this file's own (the shared one holds the curated graph alone).
 */
let neo4j: Awaited<ReturnType<typeof startPrivateNeo4j>>;
let executor: Executor;

beforeAll(async () => {
  neo4j = await startPrivateNeo4j();
  executor = createTestExecutor(neo4j.uri);
});

afterAll(async () => {
  await executor?.close();
  await neo4j?.stop();
});

const FILE = 'example/example.csv';

/** A small reference dataset that co-asserts a curated state and the curated ATT, and adds its own. */
function treatyData(options: { withRwanda?: boolean; kazakhstanDate?: string } = {}): ReferenceImport {
  const line = (n: number, quote: string) => ({ file: FILE, line: n, locator: `example.csv:${n}`, quote });
  const entities: ReferenceImport['entities'] = [
    { id: 'state:KAZ', kind: 'State', name: 'Kazakhstan (ref)', names: [{ name: 'Казахстан', quality: 'strong', language: 'ru', originalScript: true }], properties: { treatyRegion: 'Asia' }, evidence: [line(2, 'Kazakhstan,att')] },
    { id: 'instrument:arms-trade-treaty', kind: 'Instrument', name: 'The Arms Trade Treaty', names: [], properties: { treatyId: 'att' }, evidence: [line(1, 'country,treaty')] },
  ];
  const relations: ReferenceImport['relations'] = [
    { id: 'ex:att:KAZ', type: 'PARTY_TO', from: 'state:KAZ', to: 'instrument:arms-trade-treaty', properties: { consentType: 'accession', startDate: options.kazakhstanDate ?? '2018-12-07' }, evidence: [line(2, 'Kazakhstan,att')] },
  ];
  if (options.withRwanda !== false) {
    entities.push({ id: 'state:RWA', kind: 'State', name: 'Rwanda', names: [], properties: { treatyRegion: 'Africa' }, evidence: [line(3, 'Rwanda,att')] });
    relations.push({ id: 'ex:att:RWA', type: 'SIGNED', from: 'state:RWA', to: 'instrument:arms-trade-treaty', properties: { startDate: '2013-06-03', signatureDate: '2013-06-03' }, evidence: [line(3, 'Rwanda,att')] });
  }
  return {
    dataset: {
      id: 'dataset:untc-arms-treaties',
      title: 'Example',
      publisher: 'Example publisher',
      version: '1',
      asOf: '2026-02-03',
      retrieval: 'test',
      licence: 'test',
      attribution: 'test',
      coverage: 'test',
      files: [FILE],
    },
    entityProperties: ['treatyRegion', 'treatyId'],
    entities,
    relations,
    unresolved: [{ file: FILE, locator: 'example.csv:4', field: 'country_name', value: 'Atlantis', reason: 'no ISO 3166-1 code' }],
  };
}

const KAZ_ATT = 'PARTY_TO:state:KAZ->instrument:arms-trade-treaty#ex:att:KAZ';
const RWA_ATT = 'SIGNED:state:RWA->instrument:arms-trade-treaty#ex:att:RWA';

async function node(id: string): Promise<Record<string, unknown>> {
  const rows = await executor.read('MATCH (n:Entity {id: $id}) RETURN properties(n) AS p', { id });
  return rows[0]?.p as Record<string, unknown>;
}

async function relationCount(id: string): Promise<number> {
  const rows = await executor.read('MATCH ()-[r]->() WHERE r.id = $id RETURN count(r) AS c', { id });
  return rows[0]!.c as number;
}

describe('reference data and the curated seed share the graph without touching each other', () => {
  it('a reference dataset creates its records and co-asserts curated ones; a second run changes nothing', async () => {
    await seedDatabase(executor);
    const curatedBefore = await node('state:KAZ');
    const first = await writeReferenceImport(executor, treatyData());
    expect(first.entities.State).toEqual({ created: 2, updated: 0, unchanged: 0 });
    expect(first.relations.PARTY_TO?.created).toBe(1);
    const kazakhstan = await node('state:KAZ');
    expect(kazakhstan.datasets).toEqual(['dataset:curated', 'dataset:untc-arms-treaties']);
    expect(kazakhstan.name).toBe(curatedBefore.name); // the curated name wins
    expect(kazakhstan.description).toBe(curatedBefore.description);
    expect(kazakhstan.treatyRegion).toBe('Asia');
    expect(kazakhstan.aliasText).toContain('Казахстан');
    expect(kazakhstan.foldedText).toContain('kazakhstan');
    expect((await node('state:RWA')).name).toBe('Rwanda');

    const second = await writeReferenceImport(executor, treatyData());
    expect(isUnchanged(second), JSON.stringify(second)).toBe(true);
  }, 120_000);

  it('the seed, run after the reference data, changes no reference fact; the reference data, run again, no curated one', async () => {
    const reseed = await seedDatabase(executor);
    expect(reseed.removed).toEqual({ sources: 0, entities: 0, relations: 0 });
    expect(await relationCount(KAZ_ATT)).toBe(1);
    expect(await relationCount(RWA_ATT)).toBe(1);
    const kazakhstan = await node('state:KAZ');
    expect(kazakhstan.treatyRegion).toBe('Asia');
    expect(kazakhstan.datasets).toEqual(['dataset:curated', 'dataset:untc-arms-treaties']);
    expect(kazakhstan.aliasText).toContain('Казахстан');

    const curated = await executor.read(
      "MATCH (n:Entity) WHERE 'dataset:curated' IN n.datasets RETURN n.id AS id, n.name AS name, n.description AS d ORDER BY id",
    );
    const again = await writeReferenceImport(executor, treatyData());
    expect(isUnchanged(again)).toBe(true);
    expect(
      await executor.read("MATCH (n:Entity) WHERE 'dataset:curated' IN n.datasets RETURN n.id AS id, n.name AS name, n.description AS d ORDER BY id"),
    ).toEqual(curated);
  });

  it('a record owned by an unknown dataset survives both importers', async () => {
    await executor.writeTransaction((tx) =>
      tx.run(
        `CREATE (:Entity:Organization {id: 'org:someone-elses', kind: 'Organization', name: 'Kept', datasets: ['dataset:unknown']})
         WITH 1 AS one MATCH (a:Entity {id: 'org:someone-elses'}), (b:Entity {id: 'state:KAZ'})
         CREATE (a)-[:SUPPORTS {id: 'other:1', dataset: 'dataset:unknown'}]->(b)`,
      ),
    );
    await seedDatabase(executor);
    await writeReferenceImport(executor, treatyData());
    expect((await node('org:someone-elses')).name).toBe('Kept');
    expect(await relationCount('other:1')).toBe(1);
  });

  it('a fact the dataset no longer states is ended, not deleted; its claim on an entity ends; a changed fact is updated', async () => {
    const summary = await writeReferenceImport(executor, treatyData({ withRwanda: false, kazakhstanDate: '2018-12-08' }));
    expect(summary.relations.PARTY_TO).toEqual({ created: 0, updated: 1, unchanged: 0 });
    expect(summary.relationsEnded).toBe(1);
    const rows = await executor.read('MATCH ()-[r {id: $id}]->() RETURN r.withdrawnAsOf AS w', { id: RWA_ATT });
    expect(rows).toEqual([{ w: '2026-02-03' }]);
    // Rwanda keeps the node (its relation, ended, still touches it) but the dataset's claim is gone.
    const rwanda = await node('state:RWA');
    expect(rwanda.datasets).toEqual([]);
    expect(rwanda.treatyRegion).toBeUndefined();
    // Back again: the relation is live once more.
    await writeReferenceImport(executor, treatyData());
    expect(await executor.read('MATCH ()-[r {id: $id}]->() RETURN r.withdrawnAsOf AS w', { id: RWA_ATT })).toEqual([{ w: null }]);
  });

  it('a record that breaks the contract is refused with dataset, record and reason, and nothing is written', async () => {
    const before = await executor.read('MATCH (n) RETURN count(n) AS c');
    const bad = treatyData();
    bad.entities.push({ id: 'state:ATL', kind: 'Place', name: 'Atlantis', names: [], properties: {}, evidence: [] });
    await expect(writeReferenceImport(executor, bad)).rejects.toThrow(/dataset:untc-arms-treaties › entity state:ATL: has no evidence/);
    const clash = treatyData();
    clash.entities.push({ id: 'place:central-asia', kind: 'State', name: 'Central Asia', names: [], properties: {}, evidence: [{ file: FILE, line: 5, locator: 'x', quote: 'y' }] });
    const error = await writeReferenceImport(executor, clash).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ReferenceRecordError);
    expect(String(error)).toMatch(/place:central-asia: is a State here but already a Place/);
    expect(await executor.read('MATCH (n) RETURN count(n) AS c')).toEqual(before);
  });

  it('each fact keeps its verbatim record as a statement, found by what it is about', async () => {
    const rows = await executor.read(
      'MATCH (s:Statement {subjectId: $id}) RETURN s.dataset AS dataset, s.locator AS locator, s.quote AS quote',
      { id: KAZ_ATT },
    );
    expect(rows).toEqual([{ dataset: 'dataset:untc-arms-treaties', locator: 'example.csv:2', quote: 'Kazakhstan,att' }]);
    const unresolved = await executor.read("MATCH (u:UnresolvedValue {dataset: 'dataset:untc-arms-treaties'}) RETURN u.value AS value");
    expect(unresolved).toEqual([{ value: 'Atlantis' }]);
    const dataset = await executor.read("MATCH (d:Dataset {id: 'dataset:untc-arms-treaties'}) RETURN d.entityCount AS e, d.relationCount AS r");
    expect(dataset).toEqual([{ e: 3, r: 2 }]);
  });
});
