import type { EntitySummary, RelationSummary } from '../graph/types.js';

/** One member of a group: the entity at the other end and the relation that links it to the hub. */
export interface GroupMember {
  readonly entity: EntitySummary;
  readonly relation: RelationSummary;
}

export const MEMBER_COLUMNS = ['name', 'date', 'detail'] as const;
export type MemberColumn = (typeof MEMBER_COLUMNS)[number];
export type SortOrder = 'ascending' | 'descending';

export interface MemberFilter {
  /** Words of a name or alias, any case or accents. */
  readonly text: string;
  /** ISO 8601 prefixes; both ends included; empty: open. */
  readonly from: string;
  readonly to: string;
  /** A region's id (empty or absent: any region) and the ids of the states in it, once read: until then it matches no one. */
  readonly region?: string;
  readonly regionStates?: ReadonlySet<string> | null;
}

export const NO_FILTER: MemberFilter = { text: '', from: '', to: '' };

/** Whether the filter leaves anyone out: some text, a date bound or a region. */
export function isFiltering(filter: MemberFilter): boolean {
  return filter.text.trim() !== '' || filter.from !== '' || filter.to !== '' || !!filter.region;
}

/**
 * The relation's key date: a treaty consent's or a listing's date (`startDate`), a signature, a
 * membership's first year. Null when the record gives none.
 */
export function keyDate(relation: RelationSummary): string | null {
  return relation.startDate ?? relation.signatureDate ?? (relation.firstYear != null ? String(relation.firstYear) : null);
}

/** What the date column is called for the group's relation type. */
export function keyDateLabel(type: RelationSummary['type']): string {
  switch (type) {
    case 'PARTY_TO':
      return 'Consent';
    case 'SIGNED':
      return 'Signed';
    case 'MEMBER_OF':
      return 'First year';
    case 'LISTED_UNDER':
      return 'Listed on';
    default:
      return 'Since';
  }
}

/** A short word on the relation beyond its date: the consent type, membership type, a listing's reference and status. */
export function memberDetail(relation: RelationSummary): string {
  const parts = [
    relation.consentType,
    relation.membershipType,
    relation.lastYear != null && relation.firstYear != null ? `to ${relation.lastYear}` : null,
    relation.referenceNumber,
    relation.listingStatus === 'delisted' ? 'delisted' : null,
    relation.withdrawnAsOf ? `ended ${relation.withdrawnAsOf}` : null,
    relation.title ?? relation.role,
  ];
  return parts.filter((part): part is string => !!part).join(' · ');
}

export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase();
}

/**
 * An imprecise date lies in a range when any day of it may: `2014` lies in 2014-12-24..2015, an
 * undated member lies outside any range that is set.
 */
function dateWithin(date: string | null, from: string, to: string): boolean {
  if (!from && !to) return true;
  if (!date) return false;
  if (from && date < from.slice(0, date.length)) return false;
  if (to && date.slice(0, to.length) > to) return false;
  return true;
}

export function matchesFilter(member: GroupMember, filter: MemberFilter): boolean {
  if (filter.region && !filter.regionStates?.has(member.entity.id)) return false;
  const words = fold(filter.text).split(/\s+/).filter(Boolean);
  if (words.length) {
    const names = fold([member.entity.name, ...member.entity.aliases, member.relation.referenceNumber ?? ''].join(' | '));
    if (!words.every((word) => names.includes(word))) return false;
  }
  return dateWithin(keyDate(member.relation), filter.from, filter.to);
}

export function filterMembers(members: readonly GroupMember[], filter: MemberFilter): GroupMember[] {
  return members.filter((member) => matchesFilter(member, filter));
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** Sorted by a column; undated members go last whichever the order, ties by name. */
export function sortMembers(members: readonly GroupMember[], column: MemberColumn, order: SortOrder): GroupMember[] {
  const sign = order === 'ascending' ? 1 : -1;
  const value = (member: GroupMember): string | null =>
    column === 'name' ? member.entity.name : column === 'date' ? keyDate(member.relation) : memberDetail(member.relation) || null;
  return [...members].sort((a, b) => {
    const [left, right] = [value(a), value(b)];
    if (left === null || right === null) {
      if (left !== right) return left === null ? 1 : -1;
    } else {
      const compared = collator.compare(left, right);
      if (compared !== 0) return sign * compared;
    }
    return collator.compare(a.entity.name, b.entity.name);
  });
}
