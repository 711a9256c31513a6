import type { ConsentType, MembershipType } from '../model/index.js';

/**
 * A participation matrix: states (rows) against treaties or organisations (columns), each cell
 * the state's standing as of a date. NONE and NO_DATA differ: NONE is what a dataset says (the
 * state is not a party, not a member); NO_DATA is that no dataset speaks (UNTOC and the Firearms
 * Protocol are not in the UN Treaty Collection file; the IGO data ends in 2014).
 */

/** The API's treaty statuses (ParticipationStatus), as the core spells them. */
export const PARTICIPATION_STATUSES = ['party', 'signatory', 'none', 'no-data'] as const;
export type ParticipationStatus = (typeof PARTICIPATION_STATUSES)[number];

/** The API's membership statuses (MembershipStatus), as the core spells them. */
export const MEMBERSHIP_STATUSES = ['member', 'not-member', 'no-data'] as const;
export type MembershipStatus = (typeof MEMBERSHIP_STATUSES)[number];

/** What a cell shows, in the order a column sorts by: the strongest tie first, silence last. */
export const CELL_STATUSES = ['party', 'signatory', 'member', 'none', 'no-data'] as const;
export type CellStatus = (typeof CELL_STATUSES)[number];

export const CELL_STATUS_LABELS: Record<CellStatus, string> = {
  party: 'Party',
  signatory: 'Signatory',
  member: 'Member',
  none: 'None',
  'no-data': 'No data',
};

export const MATRIX_AXES = ['instruments', 'organizations'] as const;
export type MatrixAxis = (typeof MATRIX_AXES)[number];

export interface MatrixEntity {
  id: string;
  name: string;
}

/** The relation a cell rests on, for its evidence: the dataset records that state it. */
export interface CellRelation {
  id: string;
  datasets: string[];
  /** Where each record is in its dataset's files (`arms_control_ratifications.csv:1368`). */
  locators: string[];
}

/** One row of `treatyParticipation`. */
export interface ParticipationRecord {
  state: MatrixEntity;
  instrument: MatrixEntity;
  status: ParticipationStatus;
  lastKnown: ParticipationStatus | null;
  asOf: string | null;
  consentType: ConsentType | null;
  consentDate: string | null;
  signatureDate: string | null;
  datePrecision: 'year' | 'month' | 'day' | null;
  certain: boolean;
  relation: CellRelation | null;
}

/** One spell of `memberships` (a state with no spell has one NOT_MEMBER row without relation). */
export interface MembershipRecord {
  state: MatrixEntity;
  organization: MatrixEntity;
  status: MembershipStatus;
  lastKnown: MembershipStatus | null;
  asOf: string | null;
  membershipType: MembershipType | null;
  firstYear: number | null;
  lastYear: number | null;
  relation: CellRelation | null;
}

export interface MatrixCell {
  status: CellStatus;
  /** With NO_DATA after a dataset's end: what the data last said. */
  lastKnown: CellStatus | null;
  /** The short second line: "accession · 8 Dec 2017", "full 1992–2014". */
  note: string;
  /** The whole statement, for the cell's title and screen readers. */
  sentence: string;
  /** Consent or membership type. */
  type: string | null;
  /** The date that decided the status (consent, signature, first year), an ISO 8601 prefix; sorts the column. */
  date: string | null;
  /** The years of the spells ("1991–2004; 2005–2014"), for memberships. */
  years: string | null;
  /** False when the date is imprecise (year or month only) or may lie after the as-of date. */
  certain: boolean;
  asOf: string | null;
  relation: CellRelation | null;
}

export interface MatrixRow {
  state: MatrixEntity;
  /** By column id; a column the API gave no row for is NO_DATA. */
  cells: Map<string, MatrixCell>;
}

export interface Matrix {
  axis: MatrixAxis;
  columns: MatrixEntity[];
  rows: MatrixRow[];
}

/** `state` sorts by name; any other value is a column id. */
export interface MatrixSort {
  column: string;
  direction: 'ascending' | 'descending';
}
