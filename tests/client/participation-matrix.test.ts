import { describe, expect, it } from 'vitest';
import {
  buildMatrix,
  columnLabel,
  MATRIX_CSV_HEADER,
  matrixCsv,
  parseStateCodes,
  sortMatrixRows,
  type MatrixEntity,
  type MembershipRecord,
  type ParticipationRecord,
} from '../../client/src/core/matrix/index.js';
import { parseCsv } from '../support/csv.js';

const KAZ = { id: 'state:KAZ', name: 'Kazakhstan' };
const KGZ = { id: 'state:KGZ', name: 'Kyrgyzstan' };
const TKM = { id: 'state:TKM', name: 'Turkmenistan' };
const UZB = { id: 'state:UZB', name: 'Uzbekistan' };
const ATT = { id: 'instrument:arms-trade-treaty', name: 'Arms Trade Treaty' };
const CCM = { id: 'instrument:ccm', name: 'Convention on Cluster Munitions' };
const UNTOC = { id: 'instrument:untoc', name: 'United Nations Convention against Transnational Organized Crime' };
const CIS = { id: 'org:cis', name: 'Commonwealth of Independent States' };

function participation(state: MatrixEntity, instrument: MatrixEntity, fields: Partial<ParticipationRecord>): ParticipationRecord {
  return {
    state,
    instrument,
    status: 'none',
    lastKnown: null,
    asOf: '2026-02-03',
    consentType: null,
    consentDate: null,
    signatureDate: null,
    datePrecision: null,
    certain: true,
    relation: null,
    ...fields,
  };
}

// As the API answers for Central Asia (the ATT's and UNTOC's rows; the CCM's Kyrgyz row left out).
const RECORDS: ParticipationRecord[] = [
  participation(KAZ, ATT, {
    status: 'party',
    consentType: 'accession',
    consentDate: '2017-12-08',
    datePrecision: 'day',
    relation: { id: 'PARTY_TO:state:KAZ->instrument:arms-trade-treaty#untc:att:KAZ', datasets: ['dataset:untc-arms-treaties'], locators: ['arms_control_ratifications.csv:1368'] },
  }),
  participation(KGZ, ATT, { status: 'none' }),
  participation(UZB, ATT, { status: 'signatory', signatureDate: '2014', datePrecision: 'year', certain: true, relation: { id: 'SIGNED:state:UZB->instrument:arms-trade-treaty', datasets: ['dataset:untc-arms-treaties'], locators: ['x.csv:2'] } }),
  participation(TKM, ATT, { status: 'party', consentType: 'ratification', consentDate: '2016-03-01', datePrecision: 'day' }),
  ...[KAZ, KGZ, TKM, UZB].map((state) => participation(state, UNTOC, { status: 'no-data', asOf: null })),
  participation(KAZ, CCM, { status: 'none' }),
];
const MATRIX = buildMatrix('instruments', [KAZ, KGZ, TKM, UZB], [ATT, CCM, UNTOC], RECORDS);
const cell = (state: MatrixEntity, column: MatrixEntity) => MATRIX.rows.find((row) => row.state.id === state.id)!.cells.get(column.id)!;

describe('a participation matrix of states against treaties', () => {
  it('has one row per state, in the order given, and one cell per treaty', () => {
    expect(MATRIX.rows.map((row) => row.state.id)).toEqual([KAZ.id, KGZ.id, TKM.id, UZB.id]);
    expect(MATRIX.rows.every((row) => [...row.cells.keys()].join() === [ATT.id, CCM.id, UNTOC.id].join())).toBe(true);
  });

  it('says a party’s consent type and date, and a signatory’s date', () => {
    expect(cell(KAZ, ATT)).toMatchObject({ status: 'party', type: 'accession', date: '2017-12-08', note: 'accession · 8 Dec 2017', certain: true });
    expect(cell(KAZ, ATT).sentence).toBe('Kazakhstan is a party to Arms Trade Treaty as of 3 Feb 2026: accession on 8 Dec 2017.');
    expect(cell(UZB, ATT)).toMatchObject({ status: 'signatory', date: '2014', note: 'signed · 2014' });
  });

  it('marks a date known only to the year as uncertain', () => {
    expect(cell(UZB, ATT).certain).toBe(false);
    expect(cell(UZB, ATT).sentence).toContain('imprecise');
  });

  it('keeps “no data” apart from “not a party”', () => {
    expect(cell(KGZ, ATT).status).toBe('none');
    expect(cell(KGZ, ATT).sentence).toContain('neither signed nor joined');
    expect(cell(KGZ, UNTOC).status).toBe('no-data');
    expect(cell(KGZ, UNTOC).sentence).toContain('does not mean "not a party"');
    // A pair the API did not answer for is not assumed to be NONE.
    expect(cell(KGZ, CCM).status).toBe('no-data');
  });

  it('shows what the data last said when the date asked lies after its end', () => {
    const late = buildMatrix('instruments', [KAZ], [ATT], [participation(KAZ, ATT, { status: 'no-data', lastKnown: 'party', asOf: '2030' })]);
    expect(late.rows[0]!.cells.get(ATT.id)).toMatchObject({ status: 'no-data', lastKnown: 'party', note: 'last known: party' });
  });
});

describe('sorting the matrix', () => {
  it('sorts by state name either way', () => {
    const names = (direction: 'ascending' | 'descending') => sortMatrixRows(MATRIX.rows, { column: 'state', direction }).map((row) => row.state.name);
    expect(names('ascending')).toEqual(['Kazakhstan', 'Kyrgyzstan', 'Turkmenistan', 'Uzbekistan']);
    expect(names('descending')).toEqual(['Uzbekistan', 'Turkmenistan', 'Kyrgyzstan', 'Kazakhstan']);
  });

  it('sorts by a treaty: parties first by consent date, then signatories, none, and no data last', () => {
    expect(sortMatrixRows(MATRIX.rows, { column: ATT.id, direction: 'ascending' }).map((row) => row.state.id)).toEqual([TKM.id, KAZ.id, UZB.id, KGZ.id]);
    expect(sortMatrixRows(MATRIX.rows, { column: ATT.id, direction: 'descending' }).map((row) => row.state.id)).toEqual([KGZ.id, UZB.id, KAZ.id, TKM.id]);
    // CCM: Kazakhstan's NONE before the others' NO_DATA, which keep their alphabetical order.
    expect(sortMatrixRows(MATRIX.rows, { column: CCM.id, direction: 'ascending' }).map((row) => row.state.id)).toEqual([KAZ.id, KGZ.id, TKM.id, UZB.id]);
  });
});

describe('the matrix as CSV', () => {
  const rows = parseCsv(matrixCsv(MATRIX));

  it('has one line per state and treaty, with status, type, date and the dataset record', () => {
    expect(rows[0]).toEqual([...MATRIX_CSV_HEADER]);
    expect(rows).toHaveLength(1 + 4 * 3);
    const line = (state: MatrixEntity, column: MatrixEntity) => Object.fromEntries(MATRIX_CSV_HEADER.map((name, index) => [name, rows.find((row) => row[0] === state.id && row[2] === column.id)![index]]));
    expect(line(KAZ, ATT)).toMatchObject({
      state: 'Kazakhstan',
      status: 'PARTY',
      type: 'ACCESSION',
      date: '2017-12-08',
      certain: 'true',
      relationId: 'PARTY_TO:state:KAZ->instrument:arms-trade-treaty#untc:att:KAZ',
      datasets: 'dataset:untc-arms-treaties',
      locators: 'arms_control_ratifications.csv:1368',
    });
    expect(line(KGZ, ATT)).toMatchObject({ status: 'NONE', relationId: '' });
    expect(line(KGZ, UNTOC)).toMatchObject({ status: 'NO_DATA', relationId: '' });
    expect(line(UZB, ATT)).toMatchObject({ status: 'SIGNATORY', date: '2014', certain: 'false' });
  });

  it('follows the rows as sorted', () => {
    const sorted = sortMatrixRows(MATRIX.rows, { column: ATT.id, direction: 'ascending' });
    expect(parseCsv(matrixCsv(MATRIX, sorted)).slice(1).filter((row) => row[2] === ATT.id).map((row) => row[0])).toEqual([TKM.id, KAZ.id, UZB.id, KGZ.id]);
  });
});

describe('a matrix of states against organisations', () => {
  const spell = (state: MatrixEntity, fields: Partial<MembershipRecord>): MembershipRecord => ({
    state,
    organization: CIS,
    status: 'member',
    lastKnown: null,
    asOf: '2014',
    membershipType: 'full',
    firstYear: 1991,
    lastYear: 2014,
    relation: { id: `MEMBER_OF:${state.id}->org:cis`, datasets: ['dataset:cow-igo'], locators: ['igo.csv:1'] },
    ...fields,
  });
  // Turkmenistan: a full member to 2004, an associate after; Kyrgyzstan: no spell at all.
  const matrix = buildMatrix('organizations', [KAZ, KGZ, TKM], [CIS], [
    spell(KAZ, {}),
    spell(KGZ, { status: 'not-member', membershipType: null, firstYear: null, lastYear: null, relation: null }),
    spell(TKM, { status: 'not-member', lastYear: 2004 }),
    spell(TKM, { membershipType: 'associate', firstYear: 2005, relation: { id: 'MEMBER_OF:state:TKM->org:cis#2005', datasets: ['dataset:cow-igo'], locators: ['igo.csv:9'] } }),
  ]);
  const of = (state: MatrixEntity) => matrix.rows.find((row) => row.state.id === state.id)!.cells.get(CIS.id)!;

  it('is a member with every spell’s type and years, resting on the spell in force', () => {
    expect(of(KAZ)).toMatchObject({ status: 'member', note: 'full 1991–2014', years: '1991–2014', type: 'full' });
    expect(of(TKM)).toMatchObject({ status: 'member', note: 'full 1991–2004; associate 2005–2014', type: 'associate', date: '1991' });
    expect(of(TKM).relation!.id).toBe('MEMBER_OF:state:TKM->org:cis#2005');
  });

  it('is none for a state with no spell, and no data after the data’s end', () => {
    expect(of(KGZ)).toMatchObject({ status: 'none', relation: null });
    const late = buildMatrix('organizations', [KAZ], [CIS], [spell(KAZ, { status: 'no-data', lastKnown: 'member', asOf: '2020' })]);
    expect(late.rows[0]!.cells.get(CIS.id)).toMatchObject({ status: 'no-data', lastKnown: 'member' });
    expect(parseCsv(matrixCsv(late))[1]).toContain('NO_DATA');
  });
});

describe('states typed as codes', () => {
  it('reads ISO3 codes and state ids, once each, and says what it did not understand', () => {
    expect(parseStateCodes('KAZ, kgz state:TJK\nKAZ; Kazakhstan')).toEqual({ ids: ['state:KAZ', 'state:KGZ', 'state:TJK'], rejected: ['Kazakhstan'] });
  });
});

describe('column headers', () => {
  it('are short: an alias, a short id, or the initials, never a 100-character name', () => {
    expect(columnLabel({ id: 'org:csto', name: 'Collective Security Treaty Organization', aliases: ['CSTO'] })).toBe('CSTO');
    expect(columnLabel({ id: 'instrument:firearms-protocol', name: 'Protocol against the Illicit Manufacturing of and Trafficking in Firearms, Their Parts and Components and Ammunition', aliases: ['Firearms Protocol'] })).toBe('Firearms Protocol');
    expect(columnLabel({ id: 'instrument:ccw-p2a', name: 'CCW Amended Protocol II — Mines, Booby-Traps and Other Devices', aliases: [] })).toBe('CCW-P2A');
    expect(columnLabel({ id: 'instrument:arms-trade-treaty', name: 'Arms Trade Treaty', aliases: [] })).toBe('ATT');
    expect(columnLabel({ id: 'org:interpol', name: 'INTERPOL', aliases: ['Interpol'] })).toBe('Interpol');
  });
});
