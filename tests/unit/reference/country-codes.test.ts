import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseCountryCodes } from '../../../seed/reference/country-codes/index.js';
import { cleanUntermName, untermMarker } from '../../../seed/reference/country-codes/unterm.js';
import type { ReferenceEntity, ReferenceImport } from '../../../seed/reference/types.js';
import { allEvidence, misquoted } from '../../support/reference-evidence.js';

const REPO = fileURLToPath(new URL('../../../', import.meta.url));
/** The fixture folder is laid out as a reference-data directory: country-codes/ under it. */
const FIXTURES = join(REPO, 'tests', 'fixtures', 'reference');
const REFERENCE_DATA = process.env.REFERENCE_DATA_DIR ?? resolve(REPO, '..', 'shared', 'reference-data');

function entity(result: ReferenceImport, id: string): ReferenceEntity {
  const found = result.entities.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no entity ${id}`);
  return found;
}
const locatedIn = (result: ReferenceImport, to: string) =>
  result.relations.filter((relation) => relation.type === 'LOCATED_IN' && relation.to === to).map((relation) => relation.from).sort();
const nameList = (found: ReferenceEntity) => found.names.map((name) => name.name);

describe('UNTERM names and markers', () => {
  it('drops the non-member marker and a bracketed trailing article, nothing that carries meaning', () => {
    expect(cleanUntermName('Holy See (the) *')).toBe('Holy See');
    expect(cleanUntermName('Cook Islands (the) **')).toBe('Cook Islands');
    expect(cleanUntermName("Afghanistan (l')")).toBe('Afghanistan');
    expect(cleanUntermName('Islas Cook (las) **')).toBe('Islas Cook');
    expect(cleanUntermName('Iran (Islamic Republic of)')).toBe('Iran (Islamic Republic of)');
    expect(cleanUntermName('Bolivia (Plurinational State of)')).toBe('Bolivia (Plurinational State of)');
  });

  it('reads "*" as an observer, "**" as another non-member, no marker as a member', () => {
    expect(untermMarker('Holy See (the) *')).toBe('observer');
    expect(untermMarker('دولة فلسطين *')).toBe('observer');
    expect(untermMarker('Niue **')).toBe('non-member');
    expect(untermMarker('Kazakhstan')).toBe('none');
  });
});

describe('parseCountryCodes on the fixture (CRLF line endings, asterisks, a row without a code)', () => {
  let result: ReferenceImport;
  beforeAll(async () => {
    result = await parseCountryCodes(FIXTURES);
  });

  it('the fixture really has CRLF line endings and an asterisk row', () => {
    const csv = readFileSync(join(FIXTURES, 'country-codes', 'country-codes.csv'), 'utf8');
    expect(csv.split('\r\n').length).toBe(csv.split('\n').length);
    expect(csv).toContain('Holy See (the) *,');
  });

  it('makes one State per row with an alpha-3 code and reports the row without one', () => {
    const states = result.entities.filter((found) => found.kind === 'State').map((found) => found.id);
    expect(states.sort()).toEqual(
      ['ALA', 'ATA', 'ATG', 'COK', 'KAZ', 'KGZ', 'NLD', 'PSE', 'TJK', 'TUR', 'VAT'].map((code) => `state:${code}`),
    );
    expect(result.unresolved).toEqual([
      expect.objectContaining({ locator: 'country-codes.csv:13', field: 'ISO3166-1-Alpha-3', value: '' }),
      expect.objectContaining({ file: 'country-codes/countries.json', field: 'cca3', value: 'UNK (Kosovo)' }),
    ]);
  });

  it('quotes each csv line verbatim without its CRLF, at its line', () => {
    const evidence = allEvidence(result);
    expect(evidence.length).toBeGreaterThan(20);
    expect(evidence.filter((item) => item.quote.includes('\r'))).toEqual([]);
    expect(misquoted(FIXTURES, evidence)).toEqual([]);
    const csvLines = readFileSync(join(FIXTURES, 'country-codes', 'country-codes.csv'), 'utf8').split('\r\n');
    const kazakhstanLine = csvLines.findIndex((line) => line.startsWith('KAZ,')) + 1;
    expect(entity(result, 'state:KAZ').evidence[0]).toEqual({
      file: 'country-codes/country-codes.csv',
      line: kazakhstanLine,
      locator: `country-codes.csv:${kazakhstanLine}`,
      quote: csvLines[kazakhstanLine - 1],
    });
  });

  it('never makes the Holy See a UN member, though countries.json says so', () => {
    const json = readFileSync(join(FIXTURES, 'country-codes', 'countries.json'), 'utf8');
    expect(json).toMatch(/"cca3":"VAT".*"unMember":true/);
    const holySee = entity(result, 'state:VAT');
    expect(holySee.name).toBe('Holy See');
    expect(holySee.properties).toMatchObject({ unMember: false, unObserver: true, independent: true });
    expect(holySee.doubt).toContain('countries.json says unMember: true');
  });

  it('reads the observers, the "**" states and the states the csv has no UNTERM names for', () => {
    expect(entity(result, 'state:PSE').properties).toMatchObject({ unMember: false, unObserver: true, independent: null });
    expect(entity(result, 'state:PSE').doubt).toContain('In contention');
    expect(entity(result, 'state:COK').properties).toMatchObject({ unMember: false, unObserver: false, independent: false });
    expect(entity(result, 'state:COK').doubt).toContain('"**"');
    expect(entity(result, 'state:KAZ').properties).toMatchObject({ unMember: true, unObserver: false, independent: true });
    expect(entity(result, 'state:KAZ').doubt).toBeUndefined();
    const turkiye = entity(result, 'state:TUR');
    expect(turkiye.name).toBe('Türkiye');
    expect(turkiye.properties).toMatchObject({ unMember: true, nameEn: null, nameRu: null });
    expect(turkiye.doubt).toContain('no UNTERM names');
    expect(entity(result, 'state:ALA').properties).toMatchObject({ unMember: false, independent: false, independenceStatus: 'Part of FI' });
  });

  it('gives the codes and the six UN-language names as typed properties', () => {
    expect(entity(result, 'state:KAZ').properties).toMatchObject({
      iso3: 'KAZ',
      iso2: 'KZ',
      isoNumeric: '398',
      m49: '398',
      nameEn: 'Kazakhstan',
      nameFr: 'Kazakhstan',
      nameRu: 'Казахстан',
      nameAr: 'كازاخستان',
      nameZh: '哈萨克斯坦',
      nameEs: 'Kazajstán',
      nameFormalEn: 'the Republic of Kazakhstan',
    });
    expect(entity(result, 'state:ALA').properties).toMatchObject({ isoNumeric: '248', nameEn: null });
    expect(entity(result, 'state:NLD').name).toBe('Netherlands');
    for (const found of result.entities) {
      expect(Object.keys(found.properties).filter((key) => !result.entityProperties.includes(key))).toEqual([]);
    }
  });

  it('names: UN languages (original script for ar, zh, ru) and countries.json spellings, with the json fragment as evidence', () => {
    const kazakhstan = entity(result, 'state:KAZ');
    expect(kazakhstan.names).toContainEqual({ name: 'Казахстан', quality: 'strong', language: 'ru', originalScript: true });
    expect(kazakhstan.names).toContainEqual({ name: 'كازاخستان', quality: 'strong', language: 'ar', originalScript: true });
    expect(kazakhstan.names).toContainEqual({ name: 'la República de Kazajstán', quality: 'strong', language: 'es' });
    const kyrgyzstan = entity(result, 'state:KGZ');
    expect(nameList(kyrgyzstan)).toEqual(expect.arrayContaining(['Kyrgyz Republic', 'Киргизия', 'Kirghizistan']));
    expect(nameList(kyrgyzstan)).not.toContain('KG');
    expect(kyrgyzstan.names.every((name) => name.quality === 'strong')).toBe(true);
    const json = kyrgyzstan.evidence[1];
    const jsonLines = readFileSync(join(FIXTURES, 'country-codes', 'countries.json'), 'utf8').split('\n');
    expect(json).toMatchObject({ file: 'country-codes/countries.json', line: jsonLines.findIndex((line) => line.includes('"cca3":"KGZ"')) + 1 });
    expect(json?.quote).toContain('"Kyrgyz Republic"');
    expect(json?.quote).toContain('"\\u041a\\u0438\\u0440\\u0433\\u0438\\u0437\\u0438\\u044f"'); // Киргизия as the file writes it
    expect(json?.quote.endsWith('"Kyrgyz Respublikasy"]')).toBe(true);
  });

  it('puts each state in its most specific M49 region, Central Asia being the curated place', () => {
    expect(locatedIn(result, 'place:central-asia')).toEqual(['state:KAZ', 'state:KGZ', 'state:TJK']);
    expect(entity(result, 'place:central-asia').properties).toEqual({ placeType: 'region', m49: '143', m49Level: 'sub-region' });
    expect(result.entities.some((found) => found.id === 'place:m49-143')).toBe(false);
    const caribbean = result.relations.find((relation) => relation.id === 'cc:ATG:region');
    expect(caribbean).toMatchObject({ type: 'LOCATED_IN', from: 'state:ATG', to: 'place:m49-029', properties: {} });
    expect(result.relations.find((relation) => relation.from === 'place:m49-029')).toMatchObject({ id: 'cc:m49-029:region', to: 'place:m49-419' });
    expect(result.relations.find((relation) => relation.from === 'place:m49-419')).toMatchObject({ to: 'place:m49-019' });
    expect(result.relations.find((relation) => relation.from === 'place:central-asia')).toMatchObject({ to: 'place:m49-142' });
    expect(result.relations.filter((relation) => relation.from === 'state:ATA')).toEqual([]);
    expect(entity(result, 'place:m49-029')).toMatchObject({ kind: 'Place', name: 'Caribbean', properties: { m49Level: 'intermediate-region' } });
  });

  it('describes the dataset from its SOURCE.md', () => {
    expect(result.dataset).toMatchObject({
      id: 'dataset:country-codes',
      publisher: 'DataHub datasets/country-codes and mledoze/countries',
      asOf: '2026-05-15',
      files: ['country-codes/country-codes.csv', 'country-codes/countries.json'],
    });
    expect(result.dataset.version).toContain('caa72d1');
    expect(result.dataset.version).toContain('5e9f370');
    expect(result.dataset.licence).toMatch(/PDDL.*ODbL\) 1\.0/);
  });
});

/** Splits a CSV line at the commas outside double quotes (the test's own reading, not csv-parse). */
const fields = (line: string) => line.split(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/);

describe('parseCountryCodes on the real files', () => {
  let result: ReferenceImport;
  let rows: string[][];
  let header: string[];
  beforeAll(async () => {
    result = await parseCountryCodes(REFERENCE_DATA);
    const lines = readFileSync(join(REFERENCE_DATA, 'country-codes', 'country-codes.csv'), 'utf8').split('\n');
    header = fields(lines[0] ?? '');
    rows = lines.slice(1).filter((line) => line !== '').map(fields);
  });
  const at = (row: string[], name: string) => row[header.indexOf(name)] ?? '';

  it('has as many states as rows with an alpha-3 code, and regions as distinct M49 codes', () => {
    const codes = rows.map((row) => at(row, 'ISO3166-1-Alpha-3')).filter((code) => /^[A-Z]{3}$/.test(code));
    const regionCodes = new Set(
      rows.flatMap((row) => ['Region Code', 'Sub-region Code', 'Intermediate Region Code'].map((name) => at(row, name))).filter(Boolean),
    );
    const withRegion = rows.filter((row) => at(row, 'Region Code') !== '').length;
    const withParent = new Set(rows.flatMap((row) => [at(row, 'Sub-region Code'), at(row, 'Intermediate Region Code')]).filter(Boolean)).size;
    expect(codes.length).toBe(249);
    expect(result.entities.filter((found) => found.kind === 'State').length).toBe(codes.length);
    expect(result.entities.filter((found) => found.kind === 'Place').length).toBe(regionCodes.size);
    expect(result.relations.length).toBe(withRegion + withParent);
    expect(result.unresolved.map((value) => value.value)).toEqual(['UNK (Kosovo)']);
    // The dataset record's coverage note states these figures as text: they must be the file's.
    const withoutUnterm = rows.filter((row) => at(row, 'UNTERM English Short') === '').length;
    expect(result.dataset.coverage).toContain(`The ${codes.length} ISO 3166-1 codes`);
    expect(result.dataset.coverage).toContain(`missing for ${withoutUnterm} rows`);
  });

  it('counts as UN members the unmarked UNTERM names, and countries.json only where UNTERM is silent', () => {
    const countries = JSON.parse(readFileSync(join(REFERENCE_DATA, 'country-codes', 'countries.json'), 'utf8')) as {
      cca3: string;
      unMember: boolean;
    }[];
    const untermOf = new Map(rows.map((row) => [at(row, 'ISO3166-1-Alpha-3'), at(row, 'UNTERM English Short')]));
    const expected = [
      ...rows.filter((row) => at(row, 'UNTERM English Short') !== '' && !at(row, 'UNTERM English Short').includes('*')),
      ...rows.filter((row) => at(row, 'UNTERM English Short') === '' && countries.some((c) => c.cca3 === at(row, 'ISO3166-1-Alpha-3') && c.unMember)),
    ].map((row) => `state:${at(row, 'ISO3166-1-Alpha-3')}`);
    const members = result.entities.filter((found) => found.properties.unMember === true).map((found) => found.id);
    expect(members.sort()).toEqual(expected.sort());
    expect(members.length).toBe(193);
    expect(untermOf.get('VAT')).toBe('Holy See (the) *');
    expect(countries.find((c) => c.cca3 === 'VAT')?.unMember).toBe(true);
    expect(entity(result, 'state:VAT').properties).toMatchObject({ unMember: false, unObserver: true });
    const observers = result.entities.filter((found) => found.properties.unObserver === true).map((found) => found.id);
    expect(observers.sort()).toEqual(['state:PSE', 'state:VAT']);
  });

  it('knows Kazakhstan in Russian and Arabic, and Central Asia is exactly the five states', () => {
    const kazakhstan = entity(result, 'state:KAZ');
    expect(kazakhstan.names).toContainEqual(expect.objectContaining({ name: 'Казахстан', language: 'ru', originalScript: true }));
    expect(kazakhstan.names).toContainEqual(expect.objectContaining({ name: 'كازاخستان', language: 'ar', originalScript: true }));
    expect(locatedIn(result, 'place:central-asia')).toEqual(['state:KAZ', 'state:KGZ', 'state:TJK', 'state:TKM', 'state:UZB']);
    const centralAsiaRows = rows.filter((row) => at(row, 'Sub-region Code') === '143').map((row) => `state:${at(row, 'ISO3166-1-Alpha-3')}`);
    expect(locatedIn(result, 'place:central-asia')).toEqual(centralAsiaRows.sort());
  });

  it('finds every evidence quote verbatim in its file at its line', () => {
    const evidence = allEvidence(result);
    expect(evidence.length).toBeGreaterThan(result.entities.length + result.relations.length);
    expect(misquoted(REFERENCE_DATA, evidence)).toEqual([]);
    expect(new Set(result.relations.map((relation) => relation.id)).size).toBe(result.relations.length);
    expect(new Set(result.entities.map((found) => found.id)).size).toBe(result.entities.length);
  });
});
