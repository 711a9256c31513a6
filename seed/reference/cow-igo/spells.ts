import type { MembershipType } from '../../../model/data-model.js';

/**
 * Membership spells from one state's column of one IGO's rows (COW IGO v3 cell codes).
 *
 * How the codes are read:
 * - 1 full, 2 associate, 3 observer: a membership status; consecutive observations with the SAME
 *   status are one spell. A change of status (e.g. observer 3 → full 1) ends one spell and starts
 *   the next: the earlier status did end, so that spell gets an end.
 * - 0: no membership. A spell followed by 0 ended: `ended` (endDate = the year after its last year).
 * - -9: missing. It is never bridged: a spell before it has no end (the data does not say it
 *   ended) and a doubt; a spell after it has a doubt that it may have begun earlier.
 * - -1, or an empty cell (the igoR copy writes the original's -1 "not in the state system" as NA,
 *   i.e. empty): the state is outside the system (occupation, unification, not yet independent).
 *   Like -9 it breaks the spell without an end and with a doubt; a spell resuming after such an
 *   absence says so.
 * - Years: COW samples every 5 years up to 1965 (this copy of v3.0 has annual rows for the selected
 *   IGOs, but the rule stays general). Two observations of the same status with unobserved years
 *   between them are taken as one continuous spell, with a doubt naming the unobserved years. A
 *   spell first seen after a gap began somewhere in the gap: startDate "<firstYear>" then means
 *   "by <firstYear>", and a doubt says so; likewise an end seen after a gap lies somewhere in it
 *   (endDate is the earliest year it can be).
 * - A spell still running in the IGO's last row, when that row is the data's last year (2014),
 *   has no end: the coverage ends, not the membership.
 */

export interface Observation {
  year: number;
  /** The raw cell: "1", "2", "3", "0", "-9", "-1" or "". */
  code: string;
  /** Set when COW marks the row's membership dates as imprecise (imputed, accurate within 5 years). */
  impreciseNote?: string;
}

export interface Spell<T extends Observation> {
  membershipType: MembershipType;
  first: T;
  last: T;
  /** True only where the data shows the spell ended (a later 0 or a change of status). */
  ended: boolean;
  doubts: string[];
}

const MEMBERSHIP_CODES: Record<string, MembershipType> = { '1': 'full', '2': 'associate', '3': 'observer' };
const OTHER_CODES = new Set(['0', '-9', '-1', '']);

function isOutsideSystem(code: string): boolean {
  return code === '' || code === '-1';
}

function startDoubts(previous: Observation | undefined, first: Observation, seenMembership: boolean): string[] {
  const doubts: string[] = [];
  if (first.impreciseNote) doubts.push(`COW marks the ${first.year} row as ${first.impreciseNote}: the start year may be imprecise.`);
  if (!previous) return doubts;
  if (previous.code === '-9') {
    doubts.push(`The year before (${previous.year}) is missing (-9) in the data: the spell may have begun before ${first.year}.`);
  } else if (isOutsideSystem(previous.code) && seenMembership) {
    doubts.push(
      `The state was outside the COW state system in ${previous.year} (empty cell): this spell resumes a membership after that absence; the data does not say whether it lapsed.`,
    );
  } else if (first.year - previous.year > 1) {
    doubts.push(
      `Not observed between ${previous.year} and ${first.year}: the spell began between ${previous.year + 1} and ${first.year}; startDate ${first.year} means "by ${first.year}".`,
    );
  }
  return doubts;
}

function endDoubts(last: Observation, next: Observation | undefined, dataEndYear: number): { ended: boolean; doubts: string[] } {
  if (!next) {
    if (last.year >= dataEndYear) return { ended: false, doubts: [] };
    return {
      ended: false,
      doubts: [`The IGO's rows end in ${last.year}, before the data's end (${dataEndYear}): the data does not say when the membership ended.`],
    };
  }
  if (next.code === '-9') {
    return { ended: false, doubts: [`Followed by a missing value (-9) in ${next.year}: the data does not say whether the spell went on.`] };
  }
  if (isOutsideSystem(next.code)) {
    return {
      ended: false,
      doubts: [
        `The state is outside the COW state system in ${next.year} (empty cell, COW's -1): the data does not say that the membership ended.`,
      ],
    };
  }
  // A 0 or another status: the spell ended.
  const doubts =
    next.year - last.year > 1
      ? [`Not observed between ${last.year} and ${next.year}: the spell ended between ${last.year + 1} and ${next.year}; endDate is the earliest.`]
      : [];
  return { ended: true, doubts };
}

/** The spells in one state's observations of one IGO, in year order (observations must be sorted by year). */
export function membershipSpells<T extends Observation>(observations: readonly T[], dataEndYear: number): Spell<T>[] {
  const spells: Spell<T>[] = [];
  let open: { membershipType: MembershipType; firstIndex: number; lastIndex: number; doubts: string[] } | undefined;
  const close = (next: T | undefined) => {
    if (!open) return;
    const first = observations[open.firstIndex]!;
    const last = observations[open.lastIndex]!;
    const end = endDoubts(last, next, dataEndYear);
    spells.push({ membershipType: open.membershipType, first, last, ended: end.ended, doubts: [...open.doubts, ...end.doubts] });
    open = undefined;
  };
  observations.forEach((observation, index) => {
    const previous = index > 0 ? observations[index - 1] : undefined;
    if (previous && observation.year <= previous.year) throw new Error(`observations out of year order at ${observation.year}`);
    const membershipType = MEMBERSHIP_CODES[observation.code];
    if (!membershipType) {
      if (!OTHER_CODES.has(observation.code)) throw new Error(`unknown COW status code "${observation.code}" in ${observation.year}`);
      close(observation);
      return;
    }
    if (open && open.membershipType === membershipType) {
      if (previous && observation.year - previous.year > 1) {
        open.doubts.push(
          `Not observed between ${previous.year} and ${observation.year}: taken as continuous because both ends show the same status.`,
        );
      }
      open.lastIndex = index;
      return;
    }
    close(observation);
    open = { membershipType, firstIndex: index, lastIndex: index, doubts: startDoubts(previous, observation, spells.length > 0) };
  });
  close(undefined);
  return spells;
}
