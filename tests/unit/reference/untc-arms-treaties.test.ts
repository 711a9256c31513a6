import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { CONSENT_TYPES, REFERENCE_RELATION_PROPERTIES, RELATION_PROPERTIES } from '../../../model/data-model.js';
import { loadCountryNames, type CountryNames } from '../../../seed/reference/country-codes/country-names.js';
import { loadCrosswalk, type Crosswalk } from '../../../seed/reference/crosswalk.js';
import type { ReferenceImport, ReferenceRelation } from '../../../seed/reference/types.js';
import { allEvidence, misquoted } from '../../support/reference-evidence.js';
import { ATT_MARKER_CORRECTIONS, type MarkedConsent } from '../../../seed/reference/untc-arms-treaties/att-markers.js';
import { parseUntcArmsTreaties, parseUntcFolder } from '../../../seed/reference/untc-arms-treaties/index.js';

const referenceDataDir =
  process.env.REFERENCE_DATA_DIR ?? fileURLToPath(new URL('../../../../shared/reference-data', import.meta.url));
const fixtureFolder = fileURLToPath(new URL('../../fixtures/reference/untc-arms-treaties', import.meta.url));
const realFolder = join(referenceDataDir, 'untc-arms-treaties');

const relation = (result: ReferenceImport, id: string): ReferenceRelation => {
  const found = result.relations.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no relation ${id}`);
  return found;
};

/** The file's lines as a reader sees them: CRLF or LF, the line ending not part of the line. */
const linesOf = (file: string) => readFileSync(file, 'utf8').split('\n').map((line) => line.replace(/\r$/, ''));

describe('UNTC arms-treaties parser on a fixture with the real file\'s quirks', () => {
  let countries: CountryNames;
  let crosswalk: Crosswalk;
  let result: ReferenceImport;
  const fixtureLines = linesOf(join(fixtureFolder, 'arms_control_ratifications.csv'));

  beforeAll(async () => {
    [countries, crosswalk] = await Promise.all([loadCountryNames(referenceDataDir), loadCrosswalk()]);
    result = await parseUntcFolder(fixtureFolder, { countries, crosswalk, attMarked: new Map() });
  });

  it('quotes each CRLF-ended row verbatim, quoted commas and all, at its 1-based line', () => {
    const afghanistan = relation(result, 'untc:ccw:AFG');
    expect(afghanistan.evidence).toEqual([
      {
        file: 'untc-arms-treaties/arms_control_ratifications.csv',
        line: 2,
        locator: 'arms_control_ratifications.csv:2',
        quote: fixtureLines[1],
      },
    ]);
    expect(afghanistan.evidence[0]?.quote).toContain('"Convention on Certain Conventional Weapons (with Protocols I, II and III)"');
    expect(afghanistan.evidence[0]?.quote).not.toMatch(/[\r\n]/);
    expect(result.entities.find((entity) => entity.id === 'instrument:ccw')?.name).toBe(
      'Convention on Certain Conventional Weapons (with Protocols I, II and III)',
    );
  });

  it('reads a ratification with its earlier signature', () => {
    expect(relation(result, 'untc:ccw:AFG')).toMatchObject({
      type: 'PARTY_TO',
      from: 'state:AFG',
      to: 'instrument:ccw',
      properties: { consentType: 'ratification', startDate: '2017-08-09', signatureDate: '1981-04-10' },
    });
  });

  it('takes a CCW protocol\'s date in the signature column, with no action_type, as an unspecified consent and says why', () => {
    const gabon = relation(result, 'untc:ccw_p4:GAB');
    expect(gabon.type).toBe('PARTY_TO');
    expect(gabon.properties).toEqual({ consentType: 'unspecified', startDate: '2010-09-22' });
    expect(gabon.doubt).toMatch(/signature column/);
    expect(gabon.evidence[0]?.line).toBe(4);
  });

  it('does not take the CCW amendment\'s repeated consent date for a signature', () => {
    const afghanistan = relation(result, 'untc:ccw_art1:AFG');
    expect(afghanistan.properties).toEqual({ consentType: 'accession', startDate: '2017-08-09' });
    expect(afghanistan.doubt).toMatch(/not taken as a signature/);
  });

  it('records a signature without consent as SIGNED on the signature date', () => {
    expect(relation(result, 'untc:att:KIR')).toMatchObject({
      type: 'SIGNED',
      to: 'instrument:arms-trade-treaty',
      properties: { startDate: '2013-09-25', signatureDate: '2013-09-25' },
    });
  });

  it('resolves UN-style names to ISO3 states named as the file spells them, without state properties', () => {
    const netherlands = result.entities.find((entity) => entity.id === 'state:NLD');
    expect(netherlands).toMatchObject({ kind: 'State', name: 'Netherlands (Kingdom of the)', names: [], properties: {} });
    expect(netherlands?.evidence[0]?.line).toBe(3);
    expect(relation(result, 'untc:att:BHS').from).toBe('state:BHS');
    expect(result.entities.map((entity) => entity.id)).toContain('state:IRN');
  });

  it('reports a name that is no state and a row with neither date, and makes no relation of them', () => {
    expect(result.unresolved).toEqual([
      {
        file: 'untc-arms-treaties/arms_control_ratifications.csv',
        locator: 'arms_control_ratifications.csv:10',
        field: 'action_date',
        value: '',
        reason: expect.stringMatching(/neither/),
      },
      {
        file: 'untc-arms-treaties/arms_control_ratifications.csv',
        locator: 'arms_control_ratifications.csv:11',
        field: 'country_name',
        value: 'Atlantis',
        reason: expect.stringMatching(/ISO 3166-1/),
      },
    ]);
    expect(result.relations.filter((candidate) => candidate.id.startsWith('untc:tpnw:'))).toEqual([]);
  });

  it('maps the ATT to the curated instrument through the crosswalk and leaves its instrumentType to the seed', () => {
    const att = result.entities.find((entity) => entity.id === 'instrument:arms-trade-treaty');
    expect(att?.properties).toEqual({
      treatyId: 'att',
      mtdsgNo: 'XXVI-8',
      openYear: 2013,
      treatyUrl: 'https://treaties.un.org/Pages/ViewDetails.aspx?src=TREATY&mtdsg_no=XXVI-8&chapter=26&clang=_en',
    });
    expect(result.entities.find((entity) => entity.id === 'instrument:ccw-p4')?.properties.instrumentType).toBe('protocol');
    expect(result.entities.find((entity) => entity.id === 'instrument:ccw')?.properties.instrumentType).toBe('convention');
    expect(result.entities.find((entity) => entity.id === 'instrument:tpnw')?.properties.instrumentType).toBe('treaty');
  });

  it('links the CCW protocols to the CCW, citing the protocol\'s first row', () => {
    expect(result.relations.filter((candidate) => candidate.type === 'SUPPLEMENTS')).toEqual([
      expect.objectContaining({ from: 'instrument:ccw-p4', to: 'instrument:ccw', evidence: [expect.objectContaining({ line: 4 })] }),
      expect.objectContaining({ from: 'instrument:ccw-art1', to: 'instrument:ccw', evidence: [expect.objectContaining({ line: 5 })] }),
    ]);
  });

  it('doubts an accession after a signature, and takes acceptance from the UNTC page where it marks one', async () => {
    expect(relation(result, 'untc:att:GAB').properties.consentType).toBe('accession');
    expect(relation(result, 'untc:att:GAB').doubt).toMatch(/acceptance/);
    const pageEvidence = { file: 'untc-arms-treaties/att.html', line: 1251, locator: 'att.html:1251', quote: '\t\t<td>21 Sep\t 2022 A<br></td>' };
    const marked: MarkedConsent = { consentType: 'acceptance', marker: 'A', date: '2022-09-21', evidence: [pageEvidence] };
    const withPage = await parseUntcFolder(fixtureFolder, { countries, crosswalk, attMarked: new Map([['Gabon', marked]]) });
    expect(relation(withPage, 'untc:att:GAB')).toMatchObject({
      type: 'PARTY_TO',
      properties: { consentType: 'acceptance', startDate: '2022-09-21', signatureDate: '2013-09-25' },
      evidence: [expect.objectContaining({ line: 8 }), pageEvidence],
    });
  });

  it('describes the dataset from SOURCE.md and the access log, coverage limits included', () => {
    expect(result.dataset).toMatchObject({
      id: 'dataset:untc-arms-treaties',
      asOf: '2026-02-03',
      attribution: 'United Nations Treaty Collection, Status of Treaties, Chapter XXVI',
    });
    expect(result.dataset.retrieval).toMatch(/mgaldino\/treaties-ideal-point.*746a24fa99b65d0834f8cd6b79f458a180c338cf.*2026-02-03/);
    expect(result.dataset.coverage).toMatch(/Not covered: UNTOC.*Firearms Protocol/);
    expect(result.dataset.coverage).toMatch(/provisional application/);
  });
});

describe('UNTC arms-treaties parser on the real file', () => {
  let result: ReferenceImport;
  const csvLines = linesOf(join(realFolder, 'arms_control_ratifications.csv'));
  const csvRows = csvLines.slice(1).filter((line) => line !== '');

  beforeAll(async () => {
    result = await parseUntcArmsTreaties(referenceDataDir);
  });

  it('has one relation per row, per treaty as many as SOURCE.md counts (counted here with a plain regex)', () => {
    // SOURCE.md: "enmod 94, ccw 132, ccw_p4 111, ..., att 142 (117 with a consent date, 25 signed only), tpnw 99".
    const sourceCounts = { enmod: 94, ccw: 132, ccw_p4: 111, ccw_p2a: 107, ccw_art1: 90, ccw_p5: 99, cwc: 194, ctbt: 187, ottawa: 162, ccm: 124, att: 142, tpnw: 99 };
    const counted: Record<string, number> = {};
    for (const line of csvRows) {
      const treatyId = /^[^,"]+,([a-z0-9_]+),/.exec(line)?.[1] ?? 'unmatched';
      counted[treatyId] = (counted[treatyId] ?? 0) + 1;
    }
    expect(counted).toEqual(sourceCounts);
    const parsed: Record<string, number> = {};
    for (const candidate of result.relations.filter((r) => r.type !== 'SUPPLEMENTS')) {
      const treatyId = candidate.id.split(':')[1] ?? '';
      parsed[treatyId] = (parsed[treatyId] ?? 0) + 1;
    }
    expect(parsed).toEqual(sourceCounts);
    expect(result.unresolved).toEqual([]);

    const att = result.relations.filter((r) => r.to === 'instrument:arms-trade-treaty');
    const attConsents = csvRows.filter((line) => /^[^,]+,att,[^,]*,[A-Za-z]+,\d{4}-\d{2}-\d{2},/.test(line)).length;
    expect(attConsents).toBe(117);
    expect(att.filter((r) => r.type === 'PARTY_TO')).toHaveLength(117);
    expect(att.filter((r) => r.type === 'SIGNED')).toHaveLength(25);
    expect(result.entities.filter((entity) => entity.kind === 'Instrument')).toHaveLength(12);
  });

  it('resolves every country the file names, its "St." spellings included', () => {
    const named = new Set(csvRows.map((line) => line.slice(0, line.indexOf(','))));
    const states = result.entities.filter((entity) => entity.kind === 'State');
    expect(states.map((state) => state.name).sort()).toEqual([...named].sort());
    expect(states.filter((state) => state.name.startsWith('St. ')).map((state) => state.id).sort()).toEqual(['state:KNA', 'state:LCA', 'state:VCT']);
  });

  it('states Kazakhstan\'s ATT accession as the CSV does', () => {
    const row = csvLines.findIndex((line) => line.startsWith('Kazakhstan,att,'));
    expect(csvLines[row]).toMatch(/^Kazakhstan,att,Arms Trade Treaty,Accession,2017-12-08,,/);
    expect(relation(result, 'untc:att:KAZ')).toEqual({
      id: 'untc:att:KAZ',
      type: 'PARTY_TO',
      from: 'state:KAZ',
      to: 'instrument:arms-trade-treaty',
      properties: { consentType: 'accession', startDate: '2017-12-08' },
      evidence: [
        {
          file: 'untc-arms-treaties/arms_control_ratifications.csv',
          line: row + 1,
          locator: `arms_control_ratifications.csv:${row + 1}`,
          quote: csvLines[row],
        },
      ],
    });
  });

  it('quotes every record verbatim from its file at its line', () => {
    const records = [...result.entities, ...result.relations];
    expect(records.filter((record) => record.evidence.length === 0).map((record) => record.id)).toEqual([]);
    const evidence = allEvidence(result);
    expect(evidence.length).toBeGreaterThan(1541);
    expect(misquoted(referenceDataDir, evidence)).toEqual([]);
    expect([...new Set(evidence.map((item) => item.file))].sort()).toEqual([
      'untc-arms-treaties/arms_control_ratifications.csv',
      'untc-arms-treaties/att.html',
    ]);
  });

  it('hands the writer well-formed relations: unique ids, known properties and consent types, both ends among its entities', () => {
    const ids = result.relations.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    const entityIds = new Set(result.entities.map((entity) => entity.id));
    const allowed = new Set<string>([...RELATION_PROPERTIES, ...Object.keys(REFERENCE_RELATION_PROPERTIES)]);
    const malformed = result.relations.filter(
      (r) =>
        !entityIds.has(r.from) ||
        !entityIds.has(r.to) ||
        Object.keys(r.properties).some((key) => !allowed.has(key)) ||
        (r.type === 'PARTY_TO' && !(CONSENT_TYPES as readonly unknown[]).includes(r.properties.consentType)),
    );
    expect(malformed).toEqual([]);
    const undeclared = result.entities.flatMap((entity) => Object.keys(entity.properties)).filter((key) => !result.entityProperties.includes(key));
    expect(undeclared).toEqual([]);
  });

  describe('cross-checked against the raw UNTC page att.html', () => {
    const html = readFileSync(join(realFolder, 'att.html'), 'utf8');
    const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
    const iso = (cell: string) => {
      const found = /(\d{1,2}) (\w{3})\s+(\d{4})/.exec(cell);
      return found ? `${found[3]}-${String(months.indexOf(found[2] ?? '') + 1).padStart(2, '0')}-${(found[1] ?? '').padStart(2, '0')}` : '';
    };
    /** The page's row for a participant: signature, provisional application, consent (with its marker). */
    const pageRow = (country: string) => {
      const escaped = country.replace(/[()]/g, '\\$&');
      const found = new RegExp(`>${escaped}(?: <SUP>.*?</SUP>)?(?:</A>)?<br></td>\\s*<td>(.*?)</td>\\s*<td>(.*?)</td>\\s*<td>(.*?)</td>`).exec(html);
      if (!found) throw new Error(`att.html has no row for ${country}`);
      return { signature: iso(found[1] ?? ''), consent: iso(found[3] ?? ''), marker: /\d{4} ([a-zA-Z]+)<br>/.exec(found[3] ?? '')?.[1] ?? '' };
    };

    it.each(['Kazakhstan', 'Japan', 'Kiribati', 'Bahamas (The)', 'Netherlands (Kingdom of the)', 'Denmark', 'United Kingdom of Great Britain and Northern Ireland'])(
      'agrees with the CSV on %s\'s signature and consent dates',
      (country) => {
        const [, , , , actionDate, signatureDate] = (csvRows.find((line) => line.startsWith(`${country},att,`)) ?? '').split(',');
        const page = pageRow(country);
        expect({ signature: page.signature, consent: page.consent }).toEqual({ signature: signatureDate, consent: actionDate });
      },
    );

    it('lists Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan nowhere, as the CSV does not', () => {
      for (const country of ['Kyrgyzstan', 'Tajikistan', 'Turkmenistan', 'Uzbekistan']) {
        expect(html).not.toContain(country);
        expect(csvRows.filter((line) => line.startsWith(`${country},att,`))).toEqual([]);
      }
      expect(html).toContain('>Kazakhstan</A><br></td>');
    });

    it('shows acceptance (A) and approval (AA) only where the reviewed table says, and the parser carries them', () => {
      const marked = [...html.matchAll(/\d{4} (A|AA)<br><\/td>/g)].map((found) => html.slice(0, found.index).split('\n').length);
      expect(marked).toEqual(ATT_MARKER_CORRECTIONS.map((correction) => correction.consentLine));
      const consentTypes = Object.fromEntries(
        ATT_MARKER_CORRECTIONS.map((correction) => [correction.countryName, pageRow(correction.countryName).marker]),
      );
      expect(consentTypes).toEqual({ Denmark: 'AA', Estonia: 'AA', Gabon: 'A', Japan: 'A', 'Netherlands (Kingdom of the)': 'A' });
      expect(
        ['DNK', 'EST', 'GAB', 'JPN', 'NLD'].map((iso3) => relation(result, `untc:att:${iso3}`).properties.consentType),
      ).toEqual(['approval', 'approval', 'acceptance', 'acceptance', 'acceptance']);
    });
  });
});
