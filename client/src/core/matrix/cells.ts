import type { MembershipType } from '../model/index.js';
import { CONSENT_WORDS } from '../provenance/index.js';
import { formatIsoPrefix } from '../timeline/index.js';
import { CELL_STATUS_LABELS, type CellStatus, type MatrixCell, type MembershipRecord, type MembershipStatus, type ParticipationRecord, type ParticipationStatus } from './types.js';

const PARTICIPATION_CELL: Record<ParticipationStatus, CellStatus> = { party: 'party', signatory: 'signatory', none: 'none', 'no-data': 'no-data' };
const MEMBERSHIP_CELL: Record<MembershipStatus, CellStatus> = { member: 'member', 'not-member': 'none', 'no-data': 'no-data' };

const MEMBERSHIP_WORDS: Record<MembershipType, string> = { full: 'full', associate: 'associate', observer: 'observer' };

const asOfWords = (asOf: string | null) => (asOf ? ` as of ${formatIsoPrefix(asOf)}` : '');

/** A treaty cell: party with its consent type and date, signatory with its date, none, or no data. */
export function participationCell(record: ParticipationRecord): MatrixCell {
  const status = PARTICIPATION_CELL[record.status];
  const lastKnown = record.lastKnown ? PARTICIPATION_CELL[record.lastKnown] : null;
  // Imprecise: a year- or month-only date, or one that may lie after the as-of date.
  const certain = record.certain && (record.datePrecision === null || record.datePrecision === 'day');
  const who = record.state.name;
  const what = record.instrument.name;
  const base = { status, lastKnown, certain, asOf: record.asOf, relation: record.relation, years: null };
  const uncertainty = certain ? '' : ' (the date is imprecise or may lie after the date asked)';
  switch (status) {
    case 'party': {
      const how = record.consentType ? CONSENT_WORDS[record.consentType] : 'consent';
      const when = record.consentDate ? formatIsoPrefix(record.consentDate) : 'undated';
      return {
        ...base,
        type: record.consentType,
        date: record.consentDate,
        note: `${how} · ${when}`,
        sentence: `${who} is a party to ${what}${asOfWords(record.asOf)}: ${how}${record.consentDate ? ` on ${when}` : ''}${uncertainty}.`,
      };
    }
    case 'signatory': {
      const when = record.signatureDate ? formatIsoPrefix(record.signatureDate) : 'undated';
      return {
        ...base,
        type: null,
        date: record.signatureDate,
        note: `signed · ${when}`,
        sentence: `${who} signed ${what}${record.signatureDate ? ` on ${when}` : ''} and had not consented to be bound${asOfWords(record.asOf)}${uncertainty}.`,
      };
    }
    case 'none':
      return { ...base, certain: true, type: null, date: null, note: '', sentence: `${who} has neither signed nor joined ${what}${asOfWords(record.asOf)}, as the treaty's dataset records it.` };
    default:
      return {
        ...base,
        certain: true,
        type: null,
        date: null,
        note: lastKnown ? `last known: ${CELL_STATUS_LABELS[lastKnown].toLowerCase()}` : '',
        sentence: lastKnown
          ? `No data for ${who} and ${what}${asOfWords(record.asOf)}: the dataset ends before that date (it last said: ${CELL_STATUS_LABELS[lastKnown].toLowerCase()}).`
          : `No dataset records who is party to ${what}: no data for ${who}, which does not mean "not a party".`,
      };
  }
}

const yearSpan = (first: number | null, last: number | null) => (first !== null && last !== null ? (first === last ? `${first}` : `${first}–${last}`) : first !== null ? `from ${first}` : last !== null ? `until ${last}` : '');

/**
 * An organisation cell from a state's spells in it (the API gives one row per spell): member
 * when a spell covers the date, no data when every spell says so, else none. The note lists
 * every spell with its type and years, earliest first.
 */
export function membershipCell(spells: readonly MembershipRecord[]): MatrixCell {
  const first = spells[0]!;
  const statuses = spells.map((spell) => MEMBERSHIP_CELL[spell.status]);
  const status: CellStatus = statuses.includes('member') ? 'member' : statuses.every((value) => value === 'no-data') ? 'no-data' : 'none';
  const dated = [...spells].filter((spell) => spell.firstYear !== null || spell.lastYear !== null).sort((a, b) => (a.firstYear ?? 0) - (b.firstYear ?? 0));
  const years = dated.map((spell) => yearSpan(spell.firstYear, spell.lastYear)).join('; ') || null;
  const described = dated.map((spell) => `${spell.membershipType ? `${MEMBERSHIP_WORDS[spell.membershipType]} ` : ''}${yearSpan(spell.firstYear, spell.lastYear)}`).join('; ');
  const current = spells.find((spell) => spell.status === 'member') ?? dated[dated.length - 1] ?? first;
  const lastKnown = status === 'no-data' ? (spells.some((spell) => spell.lastKnown === 'member') ? 'member' : spells.some((spell) => spell.lastKnown) ? 'none' : null) : null;
  const who = first.state.name;
  const what = first.organization.name;
  const sentence =
    status === 'member' ? `${who} is a member of ${what}${asOfWords(first.asOf)} (${described}).`
    : status === 'none' ? `${who} is not a member of ${what}${asOfWords(first.asOf)}${described ? ` (spells: ${described})` : ', as the membership data records it'}.`
    : lastKnown ? `No data for ${who} and ${what}${asOfWords(first.asOf)}: the membership data ends before that date (it last said: ${CELL_STATUS_LABELS[lastKnown].toLowerCase()}${described ? `, ${described}` : ''}).`
    : `No dataset records the members of ${what}: no data for ${who}, which does not mean "not a member".`;
  return {
    status,
    lastKnown,
    note: status === 'no-data' && lastKnown ? `last known: ${CELL_STATUS_LABELS[lastKnown].toLowerCase()}${described ? ` · ${described}` : ''}` : described,
    sentence,
    type: current.membershipType,
    date: dated[0]?.firstYear != null ? String(dated[0].firstYear) : null,
    years,
    certain: true,
    asOf: first.asOf,
    relation: current.relation,
  };
}

/** A cell the API gave no row for: nothing is known. */
export function missingCell(stateName: string, columnName: string): MatrixCell {
  return {
    status: 'no-data',
    lastKnown: null,
    note: '',
    sentence: `No data for ${stateName} and ${columnName}.`,
    type: null,
    date: null,
    years: null,
    certain: true,
    asOf: null,
    relation: null,
  };
}
