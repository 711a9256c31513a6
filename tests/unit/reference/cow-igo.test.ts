import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { loadCountryNames } from '../../../seed/reference/country-codes/country-names.js';
import { parseCowIgo } from '../../../seed/reference/cow-igo/index.js';
import { membershipSpells } from '../../../seed/reference/cow-igo/spells.js';
import type { ReferenceImport, ReferenceRelation } from '../../../seed/reference/types.js';
import { importRows } from '../../../seed/reference/write/rows.js';
import { allEvidence, misquoted } from '../../support/reference-evidence.js';

const FIXTURES = fileURLToPath(new URL('../../fixtures/reference/cow-igo/', import.meta.url));
const REPO = fileURLToPath(new URL('../../../', import.meta.url));
const REFERENCE_DATA = process.env.REFERENCE_DATA_DIR ?? join(REPO, '../shared/reference-data');
const COW_STATES_YAML = join(REPO, 'seed/reference/cow-igo/cow-states.yaml');

function fixtureImport(): Promise<ReferenceImport> {
  return parseCowIgo(FIXTURES, {
    selectedIgosFile: join(FIXTURES, 'selected-igos.yaml'),
    cowStatesFile: join(FIXTURES, 'cow-states.yaml'),
  });
}

/** Every quote read back from its file at its line (the shared helper, plain fs). */
function expectQuotesVerbatim(root: string, result: ReferenceImport): number {
  const evidence = allEvidence(result);
  expect(misquoted(root, evidence)).toEqual([]);
  for (const item of evidence) expect(item.locator).toBe(`${item.file.split('/').pop()}:${item.line}`);
  return evidence.length;
}

function relation(result: ReferenceImport, id: string): ReferenceRelation {
  const found = result.relations.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no relation ${id}; have ${result.relations.map((r) => r.id).join(', ')}`);
  return found;
}

describe('COW IGO parser on fixtures (CRLF, 5-year sampling, -9, status changes)', () => {
  let result: ReferenceImport;
  beforeAll(async () => {
    result = await fixtureImport();
  });

  it('emits the selected organisations, merged through the crosswalk or under their own id, and ignores the rest', () => {
    const organizations = result.entities.filter((entity) => entity.kind === 'Organization');
    expect(organizations.map((entity) => entity.id)).toEqual(['org:un', 'org:interpol', 'org:cis']);
    const cis = organizations.find((entity) => entity.id === 'org:cis')!;
    expect(cis).toMatchObject({
      name: 'Commonwealth of Independent States',
      names: [{ name: 'CIS', quality: 'strong' }],
      properties: { cowIonum: 1230, cowAbbreviation: 'CIS', foundedYear: 1991, dissolvedYear: null, scope: 'regional' },
    });
    // The curated org:un keeps its own scope: COW states none for it.
    expect(organizations.find((entity) => entity.id === 'org:un')!.properties).not.toHaveProperty('scope');
    expect(organizations.find((entity) => entity.id === 'org:interpol')!.names).toEqual([
      { name: 'INTERPOL', quality: 'strong' },
      { name: 'Intl Criminal Police Comm', quality: 'strong' },
    ]);
    expect(result.entityProperties).toEqual(expect.arrayContaining(Object.keys(cis.properties)));
    expect(result.relations.some((r) => r.id.startsWith('cow:110:'))).toBe(false);
  });

  it('groups consecutive years of one status into spells, one MEMBER_OF each, with ends only where the data shows them', () => {
    expect(result.relations.map((r) => r.id).sort()).toEqual(
      [
        'cow:2700:RUS:1955',
        'cow:2700:RUS:1963',
        'cow:1230:KAZ:2004',
        'cow:1230:TKM:2004',
        'cow:1230:TKM:2005',
        'cow:1230:RUS:2004',
        'cow:1230:RUS:2005',
        'cow:4400:KAZ:2012',
        'cow:4400:TKM:2014',
        'cow:4400:RUS:2012',
      ].sort(),
    );
    // Full → associate: the full spell ended when the status changed.
    expect(relation(result, 'cow:1230:TKM:2004')).toMatchObject({
      type: 'MEMBER_OF',
      from: 'state:TKM',
      to: 'org:cis',
      properties: { membershipType: 'full', firstYear: 2004, lastYear: 2004, startDate: '2004', endDate: '2005' },
    });
    // Running in the data's last year (2014): no end.
    const associate = relation(result, 'cow:1230:TKM:2005');
    expect(associate.properties).toEqual({ membershipType: 'associate', firstYear: 2005, lastYear: 2014, startDate: '2005' });
    expect(associate.doubt).toMatch(/Not observed between 2005 and 2014: taken as continuous/);
    // Observer → full.
    expect(relation(result, 'cow:1230:RUS:2004').properties).toMatchObject({ membershipType: 'observer', endDate: '2005' });
    expect(relation(result, 'cow:1230:RUS:2005').properties).toMatchObject({ membershipType: 'full', firstYear: 2005, lastYear: 2014 });
    expect(relation(result, 'cow:1230:RUS:2005').properties).not.toHaveProperty('endDate');
    // A later 0 ends a spell; a spell begun in 2014 runs on.
    expect(relation(result, 'cow:4400:KAZ:2012').properties).toEqual({
      membershipType: 'full',
      firstYear: 2012,
      lastYear: 2012,
      startDate: '2012',
      endDate: '2013',
    });
    expect(relation(result, 'cow:4400:TKM:2014')).not.toHaveProperty('doubt');
    expect(relation(result, 'cow:4400:TKM:2014').properties).not.toHaveProperty('endDate');
  });

  it('spans the 5-year sampling honestly and never bridges a -9', () => {
    const sampled = relation(result, 'cow:2700:RUS:1955');
    expect(sampled.properties).toEqual({ membershipType: 'full', firstYear: 1955, lastYear: 1961, startDate: '1955' });
    expect(sampled.doubt).toContain("Before 1992 this membership was the USSR's.");
    expect(sampled.doubt).toContain('the spell began between 1951 and 1955; startDate 1955 means "by 1955"');
    expect(sampled.doubt).toContain('imputed, accurate "within 5 years"');
    expect(sampled.doubt).toContain('Not observed between 1955 and 1960: taken as continuous');
    expect(sampled.doubt).toContain('Followed by a missing value (-9) in 1962');
    const after = relation(result, 'cow:2700:RUS:1963');
    expect(after.properties).toEqual({ membershipType: 'full', firstYear: 1963, lastYear: 1963, startDate: '1963' });
    expect(after.doubt).toContain('The year before (1962) is missing (-9)');
    expect(after.doubt).toContain("The IGO's rows end in 1963, before the data's end (2014)");
  });

  it('gives a spell the IGO-year lines of its first and last year as evidence, byte for byte (CRLF stripped)', () => {
    const sampled = relation(result, 'cow:2700:RUS:1955');
    expect(sampled.evidence.map((item) => item.locator)).toEqual(['igo_year_format3.csv:4', 'igo_year_format3.csv:6']);
    expect(sampled.evidence[0]!.quote).toBe(
      '"INTERPOL","Intl Criminal Police Comm",1955,,,1,1,1923,,0,0,0,"International Criminal Police Commission/International Criminal Police Organizat",2700,2700,3,"Within 5 years","",1,1,0,0',
    );
    expect(relation(result, 'cow:4400:TKM:2014').evidence).toHaveLength(1);
    expect(expectQuotesVerbatim(FIXTURES, result)).toBeGreaterThan(15);
  });

  it('reports the memberships of a state with no current ISO code as unresolved, never mapped to a successor', () => {
    expect(result.unresolved).toEqual([
      {
        file: 'cow-igo-v3/igo_year_format3.csv',
        locator: 'igo_year_format3.csv:3',
        field: 'czechoslovakia',
        value: 'Czechoslovakia (COW ccode 315): INTERPOL full member 1950-1963',
        reason: expect.stringContaining('not mapped to a successor'),
      },
    ]);
    expect(result.entities.filter((entity) => entity.kind === 'State').map((entity) => entity.id)).toEqual([
      'state:KAZ',
      'state:RUS',
      'state:TKM',
    ]);
    expect(result.entities.find((entity) => entity.id === 'state:TKM')).toMatchObject({
      name: 'Turkmenistan',
      names: [],
      properties: {},
      evidence: [{ file: 'cow-igo-v3/states2016.csv', line: 5, quote: 'TKM,701,Turkmenistan,1991,12,21,2016,12,31,2016' }],
    });
  });

  it('refuses an unknown status code and a state column missing from the reviewed lookup', async () => {
    expect(() => membershipSpells([{ year: 2000, code: '4' }], 2014)).toThrow(/unknown COW status code "4"/);
    await expect(
      parseCowIgo(FIXTURES, {
        selectedIgosFile: join(FIXTURES, 'selected-igos.yaml'),
        cowStatesFile: join(FIXTURES, 'cow-states-without-russia.yaml'),
      }),
    ).rejects.toThrow(/state column "russia" is not in the reviewed lookup/);
  });
});

describe('COW IGO parser on the real files', () => {
  let result: ReferenceImport;
  const igoLines = () => readFileSync(join(REFERENCE_DATA, 'cow-igo-v3/igo_year_format3.csv'), 'utf8').split('\n');
  beforeAll(async () => {
    result = await parseCowIgo(REFERENCE_DATA);
  }, 60_000);

  it('finds the spells a plain count of status changes finds, per IGO (resolved + unresolved)', () => {
    // Independent of the parser: split the selected IGOs' lines on commas (their ioname/orgname hold
    // none) and count the cells that open a spell: status 1/2/3 different from the previous year's.
    const header = igoLines()[0]!.split(',').map((field) => field.replace(/"/g, ''));
    const stateColumns = header.slice(3, header.indexOf('sdate'));
    const selected: Record<string, string> = {
      UN: 'org:un',
      SCO: 'org:sco',
      INTERPOL: 'org:interpol',
      CIS: 'org:cis',
      CSTO: 'org:csto',
      ECO: 'org:eco',
      OSCE: 'org:osce',
      EAEC: 'org:eaec',
      WCO: 'org:wco',
    };
    const expected: Record<string, number> = {};
    for (const [ioname, orgId] of Object.entries(selected)) {
      const rows = igoLines()
        .filter((line) => line.startsWith(`"${ioname}",`))
        .map((line) => line.split(','));
      let spells = 0;
      stateColumns.forEach((_, index) => {
        let previous = '';
        for (const row of rows) {
          const cell = row[3 + index]!;
          if (['1', '2', '3'].includes(cell) && cell !== previous) spells += 1;
          previous = cell;
        }
      });
      expected[orgId] = spells;
    }
    const actual: Record<string, number> = {};
    for (const orgId of Object.values(selected)) actual[orgId] = result.relations.filter((r) => r.to === orgId).length;
    for (const item of result.unresolved) {
      const ioname = /: (\S+) (?:full|associate|observer) member/.exec(item.value)![1]!;
      actual[selected[ioname]!]! += 1;
    }
    console.info('COW IGO spells per organisation (resolved + unresolved):', actual, 'unresolved:', result.unresolved.length);
    expect(actual).toEqual(expected);
    expect(expected['org:un']).toBeGreaterThan(150);
  });

  it('shows the quirk of SOURCE.md: Turkmenistan is a CIS associate in 2014 and no SCO member', () => {
    expect(relation(result, 'cow:1230:TKM:2005')).toMatchObject({
      from: 'state:TKM',
      to: 'org:cis',
      properties: { membershipType: 'associate', firstYear: 2005, lastYear: 2014, startDate: '2005' },
    });
    expect(relation(result, 'cow:1230:TKM:2005').properties).not.toHaveProperty('endDate');
    expect(result.relations.filter((r) => r.from === 'state:TKM' && r.to === 'org:sco')).toEqual([]);
    expect(result.relations.filter((r) => r.from === 'state:KAZ' && r.to === 'org:sco').map((r) => r.properties.startDate)).toEqual(['1996']);
  });

  it('agrees with the derived long file year by year for the ten states it covers', () => {
    // The derived file, read with a plain split (its fields hold no commas), not with the parser.
    const columnToIso3: Record<string, string> = {
      kazakhstan: 'KAZ',
      kyrgyzstan: 'KGZ',
      tajikistan: 'TJK',
      turkmenistan: 'TKM',
      uzbekistan: 'UZB',
      russia: 'RUS',
      china: 'CHN',
      saudiarabia: 'SAU',
      canada: 'CAN',
      usa: 'USA',
    };
    const orgs: Record<string, string> = {
      UN: '4400',
      SCO: '4115',
      INTERPOL: '2700',
      CIS: '1230',
      CSTO: '1125',
      ECO: '1530',
      OSCE: '3770',
      EAEC: '1545',
      WCO: '1650',
    };
    const fromLong = new Set<string>();
    const lines = readFileSync(join(REFERENCE_DATA, 'cow-igo-v3/igo_membership_long_selected_states.csv'), 'utf8').trim().split('\n');
    for (const line of lines.slice(1)) {
      const [state, ioname, , year, status] = line.replace(/\r$/, '').split(',').map((field) => field.replace(/"/g, ''));
      const ionum = orgs[ioname!];
      if (ionum) fromLong.add(`${ionum}:${columnToIso3[state!]}:${year}:${status}`);
    }
    const codes: Record<string, string> = { full: '1', associate: '2', observer: '3' };
    const fromSpells = new Set<string>();
    const iso3s = new Set(Object.values(columnToIso3));
    for (const r of result.relations) {
      const [, ionum, iso3] = r.id.split(':');
      if (!iso3s.has(iso3!)) continue;
      for (let year = r.properties.firstYear as number; year <= (r.properties.lastYear as number); year += 1) {
        fromSpells.add(`${ionum}:${iso3}:${year}:${codes[r.properties.membershipType as string]}`);
      }
    }
    expect(fromLong.size).toBeGreaterThan(1000);
    expect([...fromSpells].sort()).toEqual([...fromLong].sort());
  });

  it('quotes every record verbatim at its line', () => {
    expect(expectQuotesVerbatim(REFERENCE_DATA, result)).toBeGreaterThan(result.relations.length);
  }, 60_000);

  it('touches only entities it emits, and creates no organisation id the curated seed already uses', () => {
    // The writer's own contract check accepts the import (property keys, ends among the entities, evidence).
    expect(importRows(result).relations).toHaveLength(result.relations.length);
    const ids = new Set(result.entities.map((entity) => entity.id));
    for (const r of result.relations) {
      expect(ids.has(r.from) && ids.has(r.to), r.id).toBe(true);
      expect(r.from).toMatch(/^state:[A-Z]{3}$/);
    }
    const curated = parseYaml(readFileSync(join(REPO, 'seed/entities/organizations.yaml'), 'utf8')) as { id: string }[];
    const curatedIds = new Set(curated.map((entity) => entity.id));
    const own = result.entities.filter((entity) => entity.kind === 'Organization' && !['org:un', 'org:sco', 'org:interpol'].includes(entity.id));
    expect(own.map((entity) => entity.id)).toEqual(['org:cis', 'org:csto', 'org:eco', 'org:osce', 'org:eaec', 'org:wco']);
    for (const entity of own) expect(curatedIds.has(entity.id), entity.id).toBe(false);
    for (const id of ['org:un', 'org:sco', 'org:interpol']) expect(curatedIds.has(id)).toBe(true);
  });

  it('has a reviewed lookup row for every state column, with ISO codes the country-codes data knows, each used once', async () => {
    const lookup = parseYaml(readFileSync(COW_STATES_YAML, 'utf8')) as { column: string; iso3: string | null }[];
    const header = igoLines()[0]!.split(',').map((field) => field.replace(/"/g, ''));
    expect(lookup.map((entry) => entry.column)).toEqual(header.slice(3, header.indexOf('sdate')));
    const codes = lookup.flatMap((entry) => (entry.iso3 ? [entry.iso3] : []));
    expect(new Set(codes).size).toBe(codes.length);
    const known = (await loadCountryNames(REFERENCE_DATA)).codes;
    expect(codes.filter((code) => !known.has(code))).toEqual([]);
    // Historical states stay unmapped.
    const unmapped = lookup.filter((entry) => entry.iso3 === null).map((entry) => entry.column);
    expect(unmapped).toEqual(expect.arrayContaining(['czechoslovakia', 'egermany', 'yugoslaviaserb', 'austriahungary', 'baden', 'kosovo']));
  });
});
