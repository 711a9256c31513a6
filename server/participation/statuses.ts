import { beyondCoverage, onOrBefore, precisionOf, straddles, type DatePrecision } from '../graphql/as-of.js';

/** What the data says about one state and one treaty, as of a date. */
export interface ParticipationAsOf {
  status: ParticipationStatus;
  /** With NO_DATA because `asOf` lies after the data's date: the status on that date. */
  lastKnown: ParticipationStatus | null;
  /** The date the status is for: the `asOf` asked, else the dataset's as-of date. */
  asOf: string | null;
  /** Precision of the date that decided PARTY (consent) or SIGNATORY (signature). */
  datePrecision: DatePrecision | null;
  /** False when a deciding date is coarser than `asOf` and may lie after it (see as-of.ts). */
  certain: boolean;
}

export type ParticipationStatus = 'PARTY' | 'SIGNATORY' | 'NONE' | 'NO_DATA';
export type MembershipStatus = 'MEMBER' | 'NOT_MEMBER' | 'NO_DATA';

export interface ParticipationFacts {
  /** The consent date (PARTY_TO's startDate); null for a signatory or no relation. */
  consentDate: string | null;
  signatureDate: string | null;
  /** Whether a dataset records this treaty's participation at all (UNTOC: no). */
  covered: boolean;
  /** The as-of date of that dataset: nothing is known after it. */
  coverageEnd: string | null;
}

/**
 * PARTY when consent is dated on or before `asOf`, SIGNATORY when only the signature is, NONE
 * when neither (not yet, or never: the dataset records every party and signatory of the
 * treaty), NO_DATA when no dataset covers the treaty or `asOf` lies after the dataset's date.
 * Without `asOf`, as of the dataset's date.
 */
export function participationAsOf(facts: ParticipationFacts, asOf: string | null): ParticipationAsOf {
  if (!facts.covered) return { status: 'NO_DATA', lastKnown: null, asOf, datePrecision: null, certain: true };
  const at = asOf ?? facts.coverageEnd;
  if (asOf !== null && facts.coverageEnd !== null && beyondCoverage(asOf, facts.coverageEnd)) {
    const last = participationOn(facts, facts.coverageEnd);
    return { ...last, status: 'NO_DATA', lastKnown: last.status, asOf };
  }
  return participationOn(facts, at);
}

function participationOn(facts: ParticipationFacts, at: string | null): ParticipationAsOf {
  const dates = [facts.consentDate, facts.signatureDate].filter((date): date is string => date !== null);
  const certain = at === null || dates.every((date) => !straddles(date, at));
  const happened = (date: string | null): date is string => date !== null && (at === null || onOrBefore(date, at));
  if (happened(facts.consentDate)) {
    return { status: 'PARTY', lastKnown: null, asOf: at, datePrecision: precisionOf(facts.consentDate), certain };
  }
  if (happened(facts.signatureDate)) {
    return { status: 'SIGNATORY', lastKnown: null, asOf: at, datePrecision: precisionOf(facts.signatureDate), certain };
  }
  return { status: 'NONE', lastKnown: null, asOf: at, datePrecision: null, certain };
}

export interface MembershipFacts {
  /** The spell, or null when the state has none in the organisation. */
  firstYear: number | null;
  lastYear: number | null;
  covered: boolean;
  coverageEnd: string | null;
}

export interface MembershipAsOf {
  status: MembershipStatus;
  lastKnown: MembershipStatus | null;
  asOf: string | null;
}

/**
 * The data is yearly (COW IGO): a spell is MEMBER for any date within its first..last year,
 * NOT_MEMBER for other dates the data covers, NO_DATA after the data's end (2014) with the
 * status at that end as `lastKnown`, or where no dataset covers the organisation.
 */
export function membershipAsOf(facts: MembershipFacts, asOf: string | null): MembershipAsOf {
  if (!facts.covered) return { status: 'NO_DATA', lastKnown: null, asOf };
  const statusOn = (at: string | null): MembershipStatus => {
    if (facts.firstYear === null || facts.lastYear === null) return 'NOT_MEMBER';
    if (at === null) return 'MEMBER';
    const year = Number(at.slice(0, 4));
    return facts.firstYear <= year && year <= facts.lastYear ? 'MEMBER' : 'NOT_MEMBER';
  };
  if (asOf !== null && facts.coverageEnd !== null && beyondCoverage(asOf, facts.coverageEnd)) {
    return { status: 'NO_DATA', lastKnown: statusOn(facts.coverageEnd), asOf };
  }
  const at = asOf ?? facts.coverageEnd;
  return { status: statusOn(at), lastKnown: null, asOf: at };
}
