import { formatIsoPrefix, isoInterval, type Interval } from './dates.js';

/**
 * Whether a relation held on a date, from its start and end facts, with the honesty the data
 * allows. Semantics follow the API's (server/graphql/as-of.ts): an `asOf` names a period and is
 * read as its LAST day ("as of 2016" is the end of 2016, so a consent of 2016-05-01 counts), and
 * two dates are compared at the precision they share. Where a fact's date is coarser than `asOf`
 * and agrees with it at that precision (a consent dated only `2014`, asked as of 2014-06-30), the
 * API counts the fact but marks it not certain; here it is UNCERTAIN, never silently in or out.
 */

export const AS_OF_STATUSES = ['IN_FORCE', 'NOT_YET', 'ENDED', 'UNCERTAIN'] as const;
export type AsOfStatus = (typeof AS_OF_STATUSES)[number];

/** The facts a relation may carry about when it held (the API's Relation fields of those names). */
export interface AsOfFacts {
  type: string;
  /** A consent (PARTY_TO), a signature (SIGNED), a listing (LISTED_UNDER), a spell's first year (MEMBER_OF), a curated start. */
  startDate?: string | null;
  /** The first date it no longer holds. */
  endDate?: string | null;
  signatureDate?: string | null;
  /** A membership spell's years (yearly data): a spell with no endDate ran on at the data's end. */
  firstYear?: number | null;
  lastYear?: number | null;
  /** A delisted entry: the last snapshot that lists it, and the first that does not. */
  delistedAfter?: string | null;
  delistedBy?: string | null;
  /** When the dataset stopped stating the relation. */
  withdrawnAsOf?: string | null;
}

export interface AsOfVerdict {
  status: AsOfStatus;
  /** In words, for the tooltip and the details: "party since 8 Dec 2017", "delisted by 26 Sep 2024". */
  reason: string;
}

/** How a fact's date stands to the end of the period `asOf` names. */
type Timing = 'BY' | 'AFTER' | 'STRADDLES';

function timing(fact: Interval, asOf: Interval): Timing {
  if (fact.end <= asOf.end) return 'BY';
  if (fact.start >= asOf.end) return 'AFTER';
  return 'STRADDLES';
}

/** "8 Dec 2017", or "2014 (year only)" when the date is coarser than the day asked about. */
function when(date: string, asOf: string): string {
  const coarser = date.length < asOf.length;
  return `${formatIsoPrefix(date)}${coarser ? (date.length <= 4 ? ' (year only)' : ' (month only)') : ''}`;
}

const STANDING: Record<string, string> = { PARTY_TO: 'party', SIGNED: 'signed', MEMBER_OF: 'member', LISTED_UNDER: 'listed' };

/** Classifies one relation as of `asOf` (an ISO 8601 prefix: a year, a month or a day). */
export function relationAsOf(facts: AsOfFacts, asOf: string): AsOfVerdict {
  const at = isoInterval(asOf);
  if (!at) return { status: 'IN_FORCE', reason: '' };
  const standing = STANDING[facts.type] ?? 'in force';
  const timed = (date: string | null | undefined) => {
    const interval = isoInterval(date);
    return date && interval ? timing(interval, at) : null;
  };

  const withdrawn = timed(facts.withdrawnAsOf);
  if (withdrawn === 'BY') return { status: 'ENDED', reason: `no longer stated by its dataset as of ${formatIsoPrefix(facts.withdrawnAsOf!)}` };

  if (facts.type === 'MEMBER_OF' && facts.firstYear != null) return membershipAsOf(facts, asOf, facts.firstYear);

  const start = timed(facts.startDate);
  if (start === 'AFTER') {
    const signed = facts.type === 'PARTY_TO' && timed(facts.signatureDate) === 'BY' ? `signed on ${formatIsoPrefix(facts.signatureDate!)}; ` : '';
    return { status: 'NOT_YET', reason: `${signed}${standing} from ${formatIsoPrefix(facts.startDate!)}` };
  }
  if (start === 'STRADDLES') return { status: 'UNCERTAIN', reason: `${standing} since ${when(facts.startDate!, asOf)}: it may be after ${formatIsoPrefix(asOf)}` };

  if (facts.delistedBy) {
    const by = isoInterval(facts.delistedBy);
    const after = isoInterval(facts.delistedAfter);
    const stillListed = facts.delistedAfter ? ` (still listed on ${formatIsoPrefix(facts.delistedAfter)})` : '';
    if (by && by.end <= at.end) return { status: 'ENDED', reason: `delisted by ${formatIsoPrefix(facts.delistedBy)}${stillListed}` };
    // After the last snapshot that lists the entry, before the first that does not: the delisting date is unknown.
    if (!after || after.end < at.end) return { status: 'UNCERTAIN', reason: `delisted by ${formatIsoPrefix(facts.delistedBy)}${stillListed}: the date in between is unknown` };
  }

  const end = timed(facts.endDate);
  if (end === 'BY') return { status: 'ENDED', reason: `ended ${formatIsoPrefix(facts.endDate!)}` };
  if (end === 'STRADDLES') return { status: 'UNCERTAIN', reason: `ended in ${when(facts.endDate!, asOf)}: it may be after ${formatIsoPrefix(asOf)}` };
  if (withdrawn === 'STRADDLES') return { status: 'UNCERTAIN', reason: `no longer stated by its dataset as of ${when(facts.withdrawnAsOf!, asOf)}` };

  return { status: 'IN_FORCE', reason: facts.startDate ? `${standing} since ${formatIsoPrefix(facts.startDate)}` : 'undated: taken as in force' };
}

/**
 * Membership data is yearly (COW IGO, to 2014), as the API reads it: a member for any date
 * within the spell's first..last year. A spell the data shows ending has an endDate (the year
 * after its last); one still running at the data's end has none, and after its last year the
 * data says nothing: uncertain ("no data after 2014"), not ended.
 */
function membershipAsOf(facts: AsOfFacts, asOf: string, firstYear: number): AsOfVerdict {
  const year = Number(asOf.slice(0, 4));
  const lastYear = facts.lastYear ?? firstYear;
  const spell = firstYear === lastYear ? `in ${firstYear}` : `${firstYear}–${lastYear}`;
  if (year < firstYear) return { status: 'NOT_YET', reason: `member from ${firstYear} (yearly data)` };
  if (year <= lastYear) return { status: 'IN_FORCE', reason: `member ${spell} (yearly data)` };
  if (facts.endDate) return { status: 'ENDED', reason: `member ${spell}; not a member from ${formatIsoPrefix(facts.endDate)}` };
  return { status: 'UNCERTAIN', reason: `member ${spell}; no data after ${lastYear}` };
}

/** Drawn: in force, or uncertain (drawn faded, with its reason). Hidden: not yet, or ended. */
export function drawnAsOf(status: AsOfStatus): boolean {
  return status === 'IN_FORCE' || status === 'UNCERTAIN';
}

/**
 * The nodes to hide as of a date: those with links in view, none of which is drawn then. A node
 * with no link in view, or one the reader keeps (pinned, selected, the project), stays.
 */
export function nodesOutOfForce(links: readonly { source: string; target: string; status: AsOfStatus }[], keep: ReadonlySet<string>): Set<string> {
  const drawn = new Set<string>();
  const linked = new Set<string>();
  for (const link of links) {
    linked.add(link.source).add(link.target);
    if (drawnAsOf(link.status)) drawn.add(link.source).add(link.target);
  }
  return new Set([...linked].filter((id) => !drawn.has(id) && !keep.has(id)));
}

/**
 * The years a play steps through: from the earliest start among the links in view to `lastYear`
 * (the year before the present: the last step after them shows the latest data, with no date).
 */
export function playYears(startDates: readonly (string | null | undefined)[], lastYear: number): number[] {
  const years = startDates.flatMap((date) => (date && /^\d{4}/.test(date) ? [Number(date.slice(0, 4))] : []));
  if (years.length === 0) return [];
  const first = years.reduce((least, year) => Math.min(least, year), Infinity);
  const result: number[] = [];
  for (let year = first; year <= lastYear; year++) result.push(year);
  return result;
}
