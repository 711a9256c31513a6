import type { EntityKind, ListingStatus } from '../model/index.js';
import { textDirection } from '../provenance/names.js';
import type { NameRecord } from '../provenance/types.js';
import { formatIsoPrefix } from '../timeline/index.js';

/** One listing of a person or entity under a UN sanctions regime, as the panel needs it. */
export interface SanctionsEntryRecord {
  /** The LISTED_UNDER relation's id. */
  id: string;
  referenceNumber: string | null;
  entity: { id: string; kind: EntityKind; name: string };
  regime: { id: string; name: string };
  listedOn: string | null;
  listingStatus: ListingStatus;
  delistedAfter: string | null;
  delistedBy: string | null;
  nationalities: { id: string; name: string }[];
  /** The listed entity's names (aliases of every quality, original-script names). */
  names: NameRecord[];
  /** Whom the list associates it with (ASSOCIATED_WITH, either way). */
  associates: { id: string; name: string }[];
  /** How many associations there are in all (some may not be loaded). */
  associateCount: number;
}

export interface SanctionsName {
  text: string;
  weak: boolean;
  language: string | null;
  direction: 'ltr' | 'rtl' | 'auto';
}

export interface SanctionsRow {
  key: string;
  relationId: string;
  entityId: string;
  name: string;
  kind: EntityKind;
  referenceNumber: string;
  regime: string;
  regimeId: string;
  listedOn: string;
  status: ListingStatus;
  /** "Current", or "Delisted between 3 Jul 2017 and 26 Sep 2024". */
  statusText: string;
  nationalities: string;
  /** Other names in Latin letters, strong first; weak ones flagged. */
  aliases: SanctionsName[];
  /** Names in their original script, with language and direction. */
  scriptNames: SanctionsName[];
  associates: { id: string; name: string }[];
  associateCount: number;
}

/**
 * When a delisting happened, as precisely as two snapshots can say: after the last snapshot that
 * still lists the entry and by the first one without it.
 */
export function delistingWindow(after: string | null | undefined, by: string | null | undefined): string {
  const from = after ? formatIsoPrefix(after) : null;
  const to = by ? formatIsoPrefix(by) : null;
  if (from && to) return `delisted between ${from} and ${to}`;
  if (from) return `delisted after ${from}`;
  if (to) return `delisted by ${to}`;
  return 'delisted';
}

export function sanctionsStatusText(entry: Pick<SanctionsEntryRecord, 'listingStatus' | 'delistedAfter' | 'delistedBy'>): string {
  if (entry.listingStatus === 'current') return 'Current';
  const window = delistingWindow(entry.delistedAfter, entry.delistedBy);
  return window.charAt(0).toUpperCase() + window.slice(1);
}

function displayName(record: NameRecord): SanctionsName {
  return { text: record.name, weak: record.quality === 'weak', language: record.language ?? null, direction: textDirection(record.name, record.language, record.script) };
}

export function toSanctionsRow(entry: SanctionsEntryRecord): SanctionsRow {
  const seen = new Set([entry.entity.name]);
  const others = entry.names.filter((name) => !seen.has(name.name) && (seen.add(name.name), true));
  const aliases = others.filter((name) => !name.originalScript).map(displayName);
  return {
    key: entry.id,
    relationId: entry.id,
    entityId: entry.entity.id,
    name: entry.entity.name,
    kind: entry.entity.kind,
    referenceNumber: entry.referenceNumber ?? '',
    regime: entry.regime.name,
    regimeId: entry.regime.id,
    listedOn: entry.listedOn ? formatIsoPrefix(entry.listedOn) : '',
    status: entry.listingStatus,
    statusText: sanctionsStatusText(entry),
    nationalities: entry.nationalities.map((state) => state.name).join(', '),
    // Strong names first: a weak alias ("Low" quality) is a lead, not an identity.
    aliases: [...aliases.filter((name) => !name.weak), ...aliases.filter((name) => name.weak)],
    scriptNames: others.filter((name) => name.originalScript).map(displayName),
    associates: entry.associates,
    associateCount: entry.associateCount,
  };
}
