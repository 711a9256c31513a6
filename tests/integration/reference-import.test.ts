import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { CURATED_DATASET, DATASET_RELATION_TYPES, REFERENCE_DATASET_IDS, REFERENCE_RELATION_TYPES, type DatasetId } from '../../model/data-model.js';
import type { Executor } from '../../server/database/executor.js';
import { importReferenceData, isUnchanged, referenceDataDir } from '../../seed/reference/index.js';
import { createTestExecutor } from '../support/database.js';

/**
 * The wider nexus as Neo4j holds it, checked against the raw files with plain string code (a
 * split, a regex), never with the importers' own parsers.
 */
const DIR = referenceDataDir();
let executor: Executor;

beforeAll(() => {
  executor = createTestExecutor(inject('referenceNeo4jUri'));
});

afterAll(async () => {
  await executor?.close();
});

const text = (file: string) => readFileSync(join(DIR, file), 'utf8');
/** The cells of one CSV line, splitting outside quotes only (quoted cells may hold commas). */
const cells = (line: string) => line.match(/("([^"]|"")*"|[^,]*)(,|$)/g)?.map((cell) => cell.replace(/,$/, '').replace(/"/g, '')) ?? [];
const lines = (file: string) => text(file).split('\n').filter((line) => line.trim() !== '').slice(1);

async function count(cypher: string, parameters: Record<string, unknown> = {}): Promise<number> {
  const rows = await executor.read(cypher, parameters);
  return Number(rows[0]!.c);
}

const asserted = (dataset: string, kind?: string) =>
  count(`MATCH (n:Entity) WHERE $dataset IN n.datasets ${kind ? 'AND n.kind = $kind' : ''} RETURN count(n) AS c`, { dataset, kind });
const owned = (dataset: string, type: string) =>
  count('MATCH ()-[r]->() WHERE r.dataset = $dataset AND type(r) = $type RETURN count(r) AS c', { dataset, type });

describe('the relation types each dataset states', () => {
  it('are those the model declares for it, curated relations included (a dataset filter walks only these)', async () => {
    const rows = await executor.read('MATCH ()-[r]->() RETURN DISTINCT r.dataset AS dataset, type(r) AS type ORDER BY dataset, type');
    expect(rows.length).toBeGreaterThan(10);
    const undeclared = rows.filter((row) => !DATASET_RELATION_TYPES[row.dataset as DatasetId]?.includes(row.type as never));
    expect(undeclared).toEqual([]);
    // The imported graph holds the curated and reference datasets; editors' edits come only from the workspace.
    expect(new Set(rows.map((row) => row.dataset))).toEqual(new Set([CURATED_DATASET, ...REFERENCE_DATASET_IDS]));
  });
});

describe('the reference data in Neo4j, counted against the raw files', () => {
  it('country codes: one state per ISO 3166-1 alpha-3 code', async () => {
    const header = text('country-codes/country-codes.csv').split('\n')[0]!.split(',');
    const alpha3 = header.indexOf('ISO3166-1-Alpha-3');
    const codes = new Set(lines('country-codes/country-codes.csv').map((line) => cells(line)[alpha3]).filter((code) => /^[A-Z]{3}$/.test(code ?? '')));
    expect(codes.size).toBe(249);
    expect(await asserted('dataset:country-codes', 'State')).toBe(codes.size);
  });

  it('UNTC: one consent or signature per row of the status file, 142 for the Arms Trade Treaty', async () => {
    const rows = lines('untc-arms-treaties/arms_control_ratifications.csv');
    const relations = (await owned('dataset:untc-arms-treaties', 'PARTY_TO')) + (await owned('dataset:untc-arms-treaties', 'SIGNED'));
    expect(relations).toBe(rows.length);
    const attRows = rows.filter((line) => /^(?:"[^"]*"|[^,]*),att,/.test(line)).length;
    expect(attRows).toBe(142);
    expect(
      await count(
        "MATCH (:State)-[r:PARTY_TO|SIGNED]->(:Instrument {id: 'instrument:arms-trade-treaty'}) WHERE r.dataset = 'dataset:untc-arms-treaties' RETURN count(r) AS c",
      ),
    ).toBe(attRows);
  });

  it('COW IGO: every state that ever belonged to a selected organisation, by the reviewed column lookup', async () => {
    const selected = (parseYaml(readFileSync('seed/reference/cow-igo/selected-igos.yaml', 'utf8')) as { ionum: number }[]).map((igo) => String(igo.ionum));
    const columns = parseYaml(readFileSync('seed/reference/cow-igo/cow-states.yaml', 'utf8')) as { column: string; iso3: string | null }[];
    const iso3 = new Map(columns.map((entry) => [entry.column, entry.iso3]));
    const all = text('cow-igo-v3/igo_year_format3.csv').split('\n');
    const header = all[0]!.split(',').map((cell) => cell.replace(/"/g, ''));
    const ionumAt = header.indexOf('ionum');
    const pairs = new Set<string>();
    for (const line of all.slice(1)) {
      const row = cells(line);
      const ionum = row[ionumAt];
      if (!ionum || !selected.includes(ionum)) continue;
      header.forEach((column, index) => {
        const code = iso3.get(column);
        if (code && ['1', '2', '3'].includes(row[index] ?? '')) pairs.add(`${ionum}:${code}`);
      });
    }
    const inGraph = await executor.read(
      "MATCH (s:State)-[r:MEMBER_OF]->(o:Organization) WHERE r.dataset = 'dataset:cow-igo' RETURN DISTINCT o.cowIonum AS ionum, s.id AS state",
    );
    // West Germany and the USSR's successor mapping are the lookup's business; the graph holds what it says.
    expect(new Set(inGraph.map((row) => `${Number(row.ionum)}:${String(row.state).slice(6)}`))).toEqual(pairs);
  });

  it('UN list: one listing per reference number in either snapshot; current ones are in the 2024 list', async () => {
    const references = (file: string) =>
      new Set([...text(file).matchAll(/<REFERENCE_NUMBER>([^<]*)<\/REFERENCE_NUMBER>/g)].map((match) => match[1]!.trim()));
    const old = references('un-sc-consolidated/consolidated_2017-07-03.xml');
    const latest = references('un-sc-consolidated/consolidated_2024-09-26.xml');
    const union = new Set([...old, ...latest]);
    expect(latest.size).toBe(682 + 193);
    expect(await owned('dataset:un-sc-consolidated', 'LISTED_UNDER')).toBe(union.size);
    expect(await count("MATCH ()-[r:LISTED_UNDER {listingStatus: 'current'}]->() RETURN count(r) AS c")).toBe(latest.size);
    const delisted = [...old].filter((reference) => !latest.has(reference)).length;
    expect(await count("MATCH ()-[r:LISTED_UNDER {listingStatus: 'delisted'}]->() WHERE r.delistedAfter = '2017-07-03' AND r.delistedBy = '2024-09-26' RETURN count(r) AS c")).toBe(delisted);
    // One node per reference number, except where a reviewed positive judgement merges two.
    const judgements = parseYaml(readFileSync('seed/reference/un-sc-consolidated/judgements.yaml', 'utf8')) as { judgement: string }[];
    const merges = judgements.filter((item) => item.judgement === 'positive').length;
    const listed = await count("MATCH (n:Entity)-[:LISTED_UNDER]->() WHERE n.kind IN ['Person', 'Organization'] RETURN count(DISTINCT n) AS c");
    expect(listed).toBe(union.size - merges);
  });

  it('states every relation type the model keeps for the reference datasets', async () => {
    const types = await executor.read("MATCH ()-[r]->() WHERE r.dataset <> 'dataset:curated' RETURN DISTINCT type(r) AS type");
    const stated = types.map((row) => row.type as string);
    expect(REFERENCE_RELATION_TYPES.filter((type) => !stated.includes(type))).toEqual([]);
  });

  it('every statement quotes its file byte for byte at its line', async () => {
    const statements = await executor.read('MATCH (s:Statement) RETURN s.file AS file, s.line AS line, s.quote AS quote, s.locator AS locator');
    expect(statements.length).toBeGreaterThan(5_000);
    const files = new Map<string, string[]>();
    const wrong = statements.filter((statement) => {
      const file = statement.file as string;
      if (!files.has(file)) files.set(file, text(file).split('\n'));
      const quote = statement.quote as string;
      const line = Number(statement.line);
      const at = files.get(file)!.slice(line - 1, line - 1 + quote.split('\n').length).map((each) => each.replace(/\r$/, '')).join('\n');
      return !at.startsWith(quote);
    });
    expect(wrong.map((statement) => statement.locator)).toEqual([]);
  });

  it('every reference entity and relation has at least one statement', async () => {
    expect(
      await count(
        "MATCH (n:Entity) WHERE any(d IN n.datasets WHERE d <> 'dataset:curated') AND NOT EXISTS { MATCH (s:Statement {subjectId: n.id}) } RETURN count(n) AS c",
      ),
    ).toBe(0);
    expect(
      await count(
        "MATCH ()-[r]->() WHERE r.dataset IS NOT NULL AND r.dataset <> 'dataset:curated' AND NOT EXISTS { MATCH (s:Statement {subjectId: r.id}) } RETURN count(r) AS c",
      ),
    ).toBe(0);
  });

  it('a second import of the same files changes nothing', async () => {
    const results = await importReferenceData(executor, DIR);
    expect(results.map((result) => result.summary.dataset)).toEqual([
      'dataset:country-codes',
      'dataset:untc-arms-treaties',
      'dataset:cow-igo',
      'dataset:un-sc-consolidated',
    ]);
    for (const result of results) expect(isUnchanged(result.summary), JSON.stringify(result.summary)).toBe(true);
  }, 240_000);
});
