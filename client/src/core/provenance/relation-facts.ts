import type { ConsentType, ListingStatus, MembershipType } from '../model/index.js';
import { delistingWindow } from '../sanctions/index.js';
import { formatIsoPrefix } from '../timeline/index.js';

/** The typed facts a reference relation carries (the model's REFERENCE_RELATION_PROPERTIES), as the core holds them. */
export interface ReferenceRelationFacts {
  consentType?: ConsentType | null;
  signatureDate?: string | null;
  membershipType?: MembershipType | null;
  firstYear?: number | null;
  lastYear?: number | null;
  referenceNumber?: string | null;
  listingStatus?: ListingStatus | null;
  delistedAfter?: string | null;
  delistedBy?: string | null;
  withdrawnAsOf?: string | null;
}

/** How a state consented to be bound by a treaty, in words (a matrix cell, a link's facts). */
export const CONSENT_WORDS: Record<ConsentType, string> = {
  ratification: 'ratification',
  accession: 'accession',
  acceptance: 'acceptance',
  approval: 'approval',
  succession: 'succession',
  unspecified: 'consent',
};

/** A link's facts have room to say what an unspecified consent means. */
const consentPhrase = (type: ConsentType) => (type === 'unspecified' ? 'consent to be bound (the record does not say how)' : CONSENT_WORDS[type]);

const MEMBERSHIP_WORDS: Record<MembershipType, string> = {
  full: 'full member',
  associate: 'associate member',
  observer: 'observer',
};

/**
 * A reference relation's typed facts as readable lines ("Consent" → "accession on 8 Dec 2017"),
 * in a fixed order; facts the relation lacks are left out. `startDate` is the consent date of a
 * PARTY_TO, the listing date of a LISTED_UNDER: it is read into the sentence it belongs to.
 */
export function referenceFactLines(relation: ReferenceRelationFacts & { startDate?: string | null }): [string, string][] {
  const lines: [string, string][] = [];
  const on = (date: string | null | undefined) => (date ? ` on ${formatIsoPrefix(date)}` : '');
  if (relation.consentType) lines.push(['Consent', `${consentPhrase(relation.consentType)}${on(relation.startDate)}`]);
  if (relation.signatureDate) lines.push(['Signed', formatIsoPrefix(relation.signatureDate)]);
  if (relation.membershipType) lines.push(['Membership', `${MEMBERSHIP_WORDS[relation.membershipType]}${yearSpan(relation.firstYear, relation.lastYear)}`]);
  else if (relation.firstYear != null || relation.lastYear != null) lines.push(['Years', yearSpan(relation.firstYear, relation.lastYear).replace(/^, /, '')]);
  if (relation.referenceNumber) lines.push(['Reference number', relation.referenceNumber]);
  if (relation.listingStatus) lines.push(['Listing', listing(relation)]);
  if (relation.withdrawnAsOf) lines.push(['No longer stated', `the dataset stopped stating this as of ${formatIsoPrefix(relation.withdrawnAsOf)} (kept, never deleted)`]);
  return lines;
}

/** ", 1992–2014" or ", from 1992"; a single year once. */
function yearSpan(first: number | null | undefined, last: number | null | undefined): string {
  if (first != null && last != null) return first === last ? `, in ${first}` : `, ${first}–${last}`;
  if (first != null) return `, from ${first}`;
  if (last != null) return `, until ${last}`;
  return '';
}

function listing(relation: ReferenceRelationFacts & { startDate?: string | null }): string {
  const listed = relation.startDate ? `listed on ${formatIsoPrefix(relation.startDate)}` : 'listed';
  if (relation.listingStatus === 'current') return `${listed}, still listed`;
  return `${listed}; ${delistingWindow(relation.delistedAfter, relation.delistedBy)}`;
}

/**
 * A relation type's meaning as the model states it, for a reader: the model writes it for the
 * API's documentation too, naming fields in backticks ("(`consentType`, on `startDate`…)").
 * Asides that only name fields are dropped, since the panel shows those facts in words.
 */
export function readableDefinition(description: string): string {
  return description
    .replace(/\s*\([^()]*`[^()]*\)/g, '')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/\s+([.,;])/g, '$1');
}
