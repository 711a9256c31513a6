import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ReferenceEntity, ReferenceImport, ReferenceRelation } from '../../../seed/reference/types.js';
import { isoDate } from '../../../seed/reference/un-sc-consolidated/dates.js';
import { parseUnScConsolidated, readListEntries } from '../../../seed/reference/un-sc-consolidated/index.js';
import { duplicateCandidates, loadJudgements, pairKey } from '../../../seed/reference/un-sc-consolidated/judgements.js';
import { splitAliasName } from '../../../seed/reference/un-sc-consolidated/names.js';
import { allEvidence, misquoted } from '../../support/reference-evidence.js';
import { importRows } from '../../../seed/reference/write/rows.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const FIXTURES = join(ROOT, 'tests/fixtures/reference');
const FIXTURE_JUDGEMENTS = join(FIXTURES, 'un-sc-consolidated/judgements.yaml');
/** The shared reference data: REFERENCE_DATA_DIR, else ../shared beside the checkout (or beside its worktree folder). */
const REFERENCE_DATA_DIR =
  [process.env.REFERENCE_DATA_DIR, join(ROOT, '../shared/reference-data'), join(ROOT, '../../shared/reference-data')].find(
    (dir): dir is string => dir !== undefined && existsSync(join(dir, 'un-sc-consolidated')),
  ) ?? join(ROOT, '../shared/reference-data');

function entity(result: ReferenceImport, id: string): ReferenceEntity {
  const found = result.entities.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no entity ${id}`);
  return found;
}

function relation(result: ReferenceImport, id: string): ReferenceRelation {
  const found = result.relations.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no relation ${id}`);
  return found;
}

/** Every record has evidence, and every quote is found byte for byte in its file at its line. */
function misplacedQuotes(result: ReferenceImport, dir: string): string[] {
  const bare = [...result.entities, ...result.relations].filter((record) => record.evidence.length === 0).map((record) => record.id);
  return [...bare, ...misquoted(dir, allEvidence(result))];
}

describe('UN SC Consolidated List parser on fixture snapshots', () => {
  let result: ReferenceImport;
  beforeAll(async () => {
    result = await parseUnScConsolidated(FIXTURES, { judgementsFile: FIXTURE_JUDGEMENTS, countryDataDir: REFERENCE_DATA_DIR });
  });

  it('keys an entry by its trimmed reference number, stable across snapshots, and keeps the latest values', () => {
    const alpha = entity(result, 'person:un-qdi-901');
    expect(alpha).toMatchObject({ kind: 'Person', name: 'ALPHA BRAVO' });
    expect(alpha.properties).toMatchObject({
      referenceNumber: 'QDi.901',
      unListType: 'Al-Qaida',
      dataId: '900001',
      designation: ['New designation'],
      originalScriptName: 'ألفا برافو',
      dateOfBirth: ['1970-05-14'],
      dateOfBirthType: ['EXACT'],
      nationalityText: 'Bahrain (citizenship revoked in Jan. 2015)',
    });
    expect(alpha.properties.comments).toMatch(/^New narrative of 2024/);
    // The changed field's earlier value stays in the 2017 snapshot's evidence.
    expect(alpha.evidence.map((item) => [item.snapshot, item.locator])).toEqual([
      ['2017-07-03', 'QDi.901@2017-07-03'],
      ['2024-09-26', 'QDi.901@2024-09-26'],
    ]);
    expect(alpha.evidence[0]?.quote).toContain('Old narrative of 2017.');
    expect(alpha.evidence[0]?.quote).toContain('<VALUE>Old designation</VALUE>');
    // A trailing space in REFERENCE_NUMBER is trimmed away.
    expect(entity(result, 'person:un-iri-903').properties.referenceNumber).toBe('IRi.903');
    expect(relation(result, 'unsc:TAi.904:listing').properties.referenceNumber).toBe('TAi.904');
  });

  it('quotes each element verbatim, from its first line through its closing tag', () => {
    expect(misplacedQuotes(result, FIXTURES)).toEqual([]);
    const [first, second] = entity(result, 'person:un-qdi-901').evidence;
    expect(first).toMatchObject({ file: 'un-sc-consolidated/consolidated_2017-07-03.xml', line: 3 });
    expect(first?.quote.trimStart()).toMatch(/^<INDIVIDUAL><DATAID>900001<\/DATAID>[\s\S]*<\/INDIVIDUAL>$/);
    expect(second).toMatchObject({ file: 'un-sc-consolidated/consolidated_2024-09-26.xml', line: 4 });
    expect(second?.quote).toMatch(/^ {8}<INDIVIDUAL>\n {12}<DATAID>900001<\/DATAID>[\s\S]*\n {8}<\/INDIVIDUAL>$/);
  });

  it('marks an entry absent from the later snapshot delisted between the two dates; later-only entries are current', () => {
    expect(relation(result, 'unsc:IRi.903:listing')).toMatchObject({
      type: 'LISTED_UNDER',
      from: 'person:un-iri-903',
      to: 'instrument:unsc-sanctions-iran',
      properties: { listingStatus: 'delisted', delistedAfter: '2017-07-03', delistedBy: '2024-09-26', startDate: '2008-03-03' },
    });
    expect(relation(result, 'unsc:IRi.903:listing').evidence.map((item) => item.snapshot)).toEqual(['2017-07-03']);
    expect(relation(result, 'unsc:TAi.904:listing').properties).toMatchObject({
      listingStatus: 'current',
      delistedAfter: null,
      delistedBy: null,
      startDate: '2020-02-02',
    });
    expect(relation(result, 'unsc:TAi.904:listing').evidence.map((item) => item.snapshot)).toEqual(['2024-09-26']);
    expect(relation(result, 'unsc:QDi.901:listing').evidence.map((item) => item.snapshot)).toEqual(['2017-07-03', '2024-09-26']);
  });

  it('drops the timezone suffix some dates carry', () => {
    expect(isoDate('2015-03-27-04:00')).toBe('2015-03-27');
    expect(isoDate('1960-01-01-05:00')).toBe('1960-01-01');
    expect(isoDate('2024-09-26Z')).toBe('2024-09-26');
    expect(isoDate(' 1961 ')).toBe('1961');
    expect(isoDate('sometime')).toBeUndefined();
    // QDi.901's 2017 LISTED_ON is 2015-03-27-04:00; the latest snapshot's plain date wins either way.
    expect(entity(result, 'person:un-iri-903').properties).toMatchObject({ dateOfBirth: ['1960-01-01'], listedOn: '2008-03-03' });
    expect(entity(result, 'person:un-tai-904').properties).toMatchObject({
      dateOfBirth: ['1975/1978', '1976'],
      dateOfBirthType: ['BETWEEN', 'APPROXIMATELY'],
    });
  });

  it('splits an alias that holds several names and keeps Low aliases as weak names', () => {
    expect(splitAliasName('Fazel Rahim; Fazil Rahim')).toEqual(['Fazel Rahim', 'Fazil Rahim']);
    expect(splitAliasName('حسن غول (Hassan Ghul; Hassan Gul; Hasan Gul)')).toEqual(['حسن غول', 'Hassan Ghul', 'Hassan Gul', 'Hasan Gul']);
    expect(splitAliasName('STATE ENTERPRISE FOR SOFT & ALCOHOLIC DRINKS')).toEqual(['STATE ENTERPRISE FOR SOFT & ALCOHOLIC DRINKS']);
    expect(entity(result, 'person:un-qdi-901').names).toEqual([
      { name: 'ألفا برافو', quality: 'strong', originalScript: true },
      { name: 'Alfa Bravo', quality: 'strong' },
      { name: 'Alpha Brava', quality: 'strong' },
      { name: 'Abu Test', quality: 'weak' },
      { name: 'حسن', quality: 'strong', originalScript: true },
      { name: 'Hasan Bravo', quality: 'strong' },
      { name: 'Hassan Bravo', quality: 'strong' },
    ]);
    expect(entity(result, 'org:un-qde-902')).toMatchObject({
      kind: 'Organization',
      name: 'ECHO FOXTROT MOVEMENT',
      names: [
        { name: 'EFM', quality: 'strong' },
        { name: 'Echo & Foxtrot', quality: 'strong' },
      ],
    });
  });

  it('resolves nationalities through the reviewed table, keeps qualifiers as notes and reports the rest', () => {
    expect(relation(result, 'unsc:QDi.901:nationality:BHR')).toMatchObject({
      type: 'NATIONAL_OF',
      from: 'person:un-qdi-901',
      to: 'state:BHR',
      properties: { note: 'citizenship revoked in Jan. 2015' },
    });
    // Evidence: the NATIONALITY value element of each snapshot that states it.
    const nationalityEvidence = relation(result, 'unsc:QDi.901:nationality:BHR').evidence;
    expect(nationalityEvidence.map((item) => item.snapshot)).toEqual(['2017-07-03', '2024-09-26']);
    expect(nationalityEvidence.every((item) => item.quote.endsWith('<VALUE>Bahrain (citizenship revoked in Jan. 2015)</VALUE>'))).toBe(true);
    expect(nationalityEvidence[1]?.quote).toBe('                <VALUE>Bahrain (citizenship revoked in Jan. 2015)</VALUE>');
    expect(relation(result, 'unsc:IRi.903:nationality:SAU').to).toBe('state:SAU');
    expect(relation(result, 'unsc:TAi.904:nationality:ETH')).toMatchObject({ properties: { note: 'possibly' } });
    expect(relation(result, 'unsc:TAi.904:nationality:ETH').doubt).toMatch(/Possibly Ethiopian/);
    expect(entity(result, 'state:BHR')).toMatchObject({ kind: 'State', names: [], properties: {} });
    expect(result.relations.some((item) => item.to === 'state:NARNIA' || item.from === 'person:un-qdi-907' && item.type === 'NATIONAL_OF')).toBe(false);
    expect(entity(result, 'person:un-qdi-907').properties.nationalityText).toBe('Narnia');
    expect(result.unresolved).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ locator: 'QDi.907@2017-07-03', field: 'NATIONALITY', value: 'Narnia' }),
        expect.objectContaining({ locator: 'QDi.901@2024-09-26', field: 'COMMENTS1', value: 'QDi.999' }),
      ]),
    );
    expect(result.unresolved).toHaveLength(2);
  });

  it('links a party to the parties its narrative cites, in either snapshot', () => {
    expect(relation(result, 'unsc:QDi.901:assoc:QDe.902')).toMatchObject({
      type: 'ASSOCIATED_WITH',
      from: 'person:un-qdi-901',
      to: 'org:un-qde-902',
    });
    // IRi.903 is only in the 2017 snapshot; the 2024 narrative that cites it still resolves.
    expect(relation(result, 'unsc:QDi.901:assoc:IRi.903').to).toBe('person:un-iri-903');
    expect(relation(result, 'unsc:QDi.901:assoc:QDe.902').evidence).toEqual([
      expect.objectContaining({ locator: 'QDi.901@2024-09-26 COMMENTS1', snapshot: '2024-09-26', line: 13 }),
    ]);
    expect(result.relations.some((item) => item.id.endsWith(':assoc:QDi.999'))).toBe(false);
  });

  it('makes one person of two reference numbers only where a positive judgement says so; Low aliases never make a candidate', async () => {
    const kilo = entity(result, 'person:un-qdi-906');
    expect(kilo.properties).toMatchObject({ referenceNumber: 'QDi.906', otherReferenceNumbers: ['SOi.905'] });
    expect(kilo.evidence.map((item) => item.locator)).toEqual(['QDi.906@2024-09-26', 'SOi.905@2024-09-26']);
    expect(result.entities.some((item) => item.id === 'person:un-soi-905')).toBe(false);
    expect(relation(result, 'unsc:SOi.905:listing')).toMatchObject({ from: 'person:un-qdi-906', to: 'instrument:unsc-sanctions-somalia' });
    expect(relation(result, 'unsc:QDi.906:listing')).toMatchObject({ from: 'person:un-qdi-906', to: 'instrument:unsc-sanctions-al-qaida' });
    // Both state Somalia ("Somalia", "Somali"): one NATIONAL_OF with both statements.
    expect(relation(result, 'unsc:QDi.906:nationality:SOM').evidence).toHaveLength(2);
    expect(result.relations.filter((item) => item.type === 'NATIONAL_OF' && item.from === 'person:un-qdi-906')).toHaveLength(1);
    // Citing your own other reference number is no association.
    expect(result.relations.some((item) => item.id === 'unsc:QDi.906:assoc:SOi.905')).toBe(false);
    // QDi.907 shares ALPHA BRAVO's name and birth date only through a Low alias.
    const { entries } = await readListEntries(FIXTURES);
    expect(duplicateCandidates(entries)).toEqual([pairKey('QDi.906', 'SOi.905')]);
    expect(entity(result, 'person:un-qdi-907').names).toEqual([{ name: 'Alpha Bravo', quality: 'weak' }]);
  });

  it('makes one Instrument per UN_LIST_TYPE, adopted by the Security Council of the crosswalk', () => {
    const instruments = result.entities.filter((item) => item.kind === 'Instrument').map((item) => item.id);
    expect(instruments.sort()).toEqual([
      'instrument:unsc-sanctions-al-qaida',
      'instrument:unsc-sanctions-iran',
      'instrument:unsc-sanctions-somalia',
      'instrument:unsc-sanctions-taliban',
    ]);
    expect(entity(result, 'instrument:unsc-sanctions-al-qaida')).toMatchObject({
      name: 'UN Security Council sanctions list: Al-Qaida',
      properties: { unListType: 'Al-Qaida', instrumentType: 'sanctions-regime' },
    });
    expect(entity(result, 'instrument:unsc-sanctions-al-qaida').evidence.map((item) => item.locator)).toEqual([
      'QDi.901@2017-07-03 UN_LIST_TYPE',
      'QDi.901@2024-09-26 UN_LIST_TYPE',
    ]);
    expect(entity(result, 'instrument:unsc-sanctions-iran').doubt).toMatch(/No entry of the 2024-09-26 snapshot/);
    expect(relation(result, 'unsc:regime-al-qaida:adopted')).toMatchObject({
      type: 'ADOPTED',
      from: 'org:un-security-council',
      to: 'instrument:unsc-sanctions-al-qaida',
    });
    const council = entity(result, 'org:un-security-council');
    expect(council).toMatchObject({ kind: 'Organization', name: 'United Nations Security Council' });
    expect(council.evidence.every((item) => item.quote.includes('sc-sanctions.xsd'))).toBe(true);
    expect(result.dataset).toMatchObject({ id: 'dataset:un-sc-consolidated', asOf: '2024-09-26' });
  });

  it('declares every entity property it sets', () => {
    const declared = new Set(result.entityProperties);
    const used = new Set(result.entities.flatMap((item) => Object.keys(item.properties)));
    expect([...used].filter((key) => !declared.has(key))).toEqual([]);
  });
});

describe('UN SC Consolidated List parser on the real snapshots', () => {
  const files = {
    '2017-07-03': join(REFERENCE_DATA_DIR, 'un-sc-consolidated/consolidated_2017-07-03.xml'),
    '2024-09-26': join(REFERENCE_DATA_DIR, 'un-sc-consolidated/consolidated_2024-09-26.xml'),
  };
  let result: ReferenceImport;
  beforeAll(async () => {
    result = await parseUnScConsolidated(REFERENCE_DATA_DIR);
  });

  it('has one listing per reference number of either snapshot, counted independently from the raw text', async () => {
    const raw = { old: readFileSync(files['2017-07-03'], 'utf8'), latest: readFileSync(files['2024-09-26'], 'utf8') };
    const count = (text: string, pattern: RegExp) => (text.match(pattern) ?? []).length;
    expect([count(raw.latest, /<INDIVIDUAL>/g), count(raw.latest, /<ENTITY>/g)]).toEqual([682, 193]);
    expect([count(raw.old, /<INDIVIDUAL>/g), count(raw.old, /<ENTITY>/g)]).toEqual([650, 371]);
    const references = (text: string) => new Set([...text.matchAll(/<REFERENCE_NUMBER>([^<]*)<\/REFERENCE_NUMBER>/g)].map((m) => m[1]!.trim()));
    const latest = references(raw.latest);
    const union = new Set([...references(raw.old), ...latest]);
    expect(union.size).toBe(1177);

    const listings = result.relations.filter((item) => item.type === 'LISTED_UNDER');
    expect(new Set(listings.map((item) => item.properties.referenceNumber))).toEqual(union);
    expect(listings.filter((item) => item.properties.listingStatus === 'current').map((item) => item.properties.referenceNumber).sort()).toEqual(
      [...latest].sort(),
    );
    // Every reference is a node, except those a positive judgement folds into another's.
    const judgements = await loadJudgements();
    const folded = judgements.filter((item) => item.judgement === 'positive').length;
    const parties = result.entities.filter((item) => item.kind === 'Person' || item.id.startsWith('org:un-') && item.id !== 'org:un-security-council');
    expect(parties).toHaveLength(union.size - folded);
    const regimes = new Set([...`${raw.old}${raw.latest}`.matchAll(/<UN_LIST_TYPE>([^<]*)</g)].map((m) => m[1]));
    expect(result.entities.filter((item) => item.kind === 'Instrument')).toHaveLength(regimes.size);
  });

  it('knows GULMUROD KHALIMOV (QDi.372) as a national of Tajikistan and the Islamic Movement of Uzbekistan (QDe.010)', () => {
    expect(entity(result, 'person:un-qdi-372').name).toBe('GULMUROD KHALIMOV');
    expect(relation(result, 'unsc:QDi.372:nationality:TJK')).toMatchObject({ from: 'person:un-qdi-372', to: 'state:TJK' });
    expect(entity(result, 'org:un-qde-010').name).toBe('ISLAMIC MOVEMENT OF UZBEKISTAN');
    expect(relation(result, 'unsc:QDe.010:listing').properties.listingStatus).toBe('current');
  });

  it('quotes every record verbatim at its line', () => {
    expect(misplacedQuotes(result, REFERENCE_DATA_DIR)).toEqual([]);
  });

  it('keeps the contract the writer checks (ids, kinds, owned properties, relation ends and properties)', () => {
    const rows = importRows(result);
    expect(rows.entities).toHaveLength(result.entities.length);
    expect(rows.relations).toHaveLength(result.relations.length);
  });

  it('has a reviewed judgement for every same-name, same-birth-date pair of reference numbers', async () => {
    const judged = new Set((await loadJudgements()).map((item) => pairKey(item.left, item.right)));
    const { entries } = await readListEntries(REFERENCE_DATA_DIR);
    const candidates = duplicateCandidates(entries);
    expect(candidates.length).toBeGreaterThan(0);
    expect(candidates.filter((pair) => !judged.has(pair))).toEqual([]);
  });

  it('reports every nationality it cannot resolve and every cited number neither snapshot lists', () => {
    const values = new Set(result.unresolved.map((item) => `${item.field}:${item.value}`));
    expect(values).toEqual(
      new Set([
        'NATIONALITY:Palestinian',
        'NATIONALITY:USSR (until 1991)',
        'NATIONALITY:former Soviet Union',
        'NATIONALITY:na',
        'COMMENTS1:QDe.073',
        'COMMENTS1:QDi.104',
        'COMMENTS1:QDi.180',
        'COMMENTS1:QDi.259',
        'COMMENTS1:QDi.274',
        'COMMENTS1:TAi.152',
        'COMMENTS1:TAi.048',
      ]),
    );
  });
});
