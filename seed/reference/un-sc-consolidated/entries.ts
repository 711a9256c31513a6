import type { ReferenceName } from '../types.js';
import { isoDate } from './dates.js';
import { aliasNames, cleanText } from './names.js';
import type { RawRecord, SnapshotDate, SnapshotRecord } from './read-snapshot.js';
import { childSpan, elementSpans, type SourceSpan } from './source-text.js';

export interface DateOfBirth {
  /** ISO prefix: a full date, a year, or "from/to" years for the list's BETWEEN. */
  value: string;
  /** The list's TYPE_OF_DATE (EXACT, APPROXIMATELY, BETWEEN), or "" when it gives none. */
  type: string;
}

/** One INDIVIDUAL or ENTITY record of one snapshot, in the terms the graph uses. */
export interface ListEntry {
  referenceNumber: string;
  kind: 'Person' | 'Organization';
  snapshot: SnapshotDate;
  file: string;
  span: SourceSpan;
  dataId: string;
  unListType: string;
  listedOn: string | undefined;
  listedOnRaw: string;
  name: string;
  names: ReferenceName[];
  originalScriptName: string | undefined;
  datesOfBirth: DateOfBirth[];
  /** Raw NATIONALITY values, trimmed, in list order. */
  nationalities: string[];
  designations: string[];
  comments: string | undefined;
  /** Reference numbers the narrative (COMMENTS1, DESIGNATION) cites, in order, without the entry's own. */
  citedReferenceNumbers: string[];
  /** Where the fields that evidence relations sit in the file. */
  spans: {
    unListType: SourceSpan;
    /** One per `nationalities` value, same order. */
    nationalities: SourceSpan[];
    comments: SourceSpan | undefined;
    designation: SourceSpan | undefined;
  };
}

/** QDi.372, QDe.010, TAi.005, KPe.001, CDe.001, IRe.012…: two letters, i(ndividual)/e(ntity), a number. */
export const REFERENCE_NUMBER = /\b[A-Z]{2}[ie]\.\d{3}\b/g;

function listValues(field: RawRecord['DESIGNATION']): string[] {
  if (!field) return [];
  return (field.VALUE ?? []).map(cleanText).filter((value) => value.length > 0);
}

function datesOfBirth(record: RawRecord): DateOfBirth[] {
  const dates: DateOfBirth[] = [];
  for (const item of record.INDIVIDUAL_DATE_OF_BIRTH ?? []) {
    if (item === '') continue;
    const type = cleanText(item.TYPE_OF_DATE);
    const from = isoDate(item.FROM_YEAR);
    const to = isoDate(item.TO_YEAR);
    const value = isoDate(item.DATE) ?? isoDate(item.YEAR) ?? (from && to ? `${from}/${to}` : undefined);
    if (value) dates.push({ value, type });
  }
  return dates;
}

/** The non-empty `<VALUE>` elements of a list field, in order (`<VALUE/>` and blank ones hold no value). */
function valueSpans(raw: string, field: SourceSpan | undefined): SourceSpan[] {
  if (!field) return [];
  return elementSpans(raw, 'VALUE', field.start, field.end).filter(
    (span) => raw.slice(span.start + '<VALUE>'.length, span.end - '</VALUE>'.length).trim().length > 0,
  );
}

export function toListEntry(
  snapshot: SnapshotDate,
  file: string,
  raw: string,
  { tag, record, span }: SnapshotRecord,
): ListEntry {
  const referenceNumber = record.REFERENCE_NUMBER.trim();
  const name = [record.FIRST_NAME, record.SECOND_NAME, record.THIRD_NAME, record.FOURTH_NAME]
    .map(cleanText)
    .filter((part) => part.length > 0)
    .join(' ');
  const aliases = (tag === 'INDIVIDUAL' ? record.INDIVIDUAL_ALIAS : record.ENTITY_ALIAS) ?? [];
  const originalScriptName = cleanText(record.NAME_ORIGINAL_SCRIPT) || undefined;
  const names: ReferenceName[] = [];
  if (originalScriptName) names.push({ name: originalScriptName, quality: 'strong', originalScript: true });
  for (const alias of aliases) {
    if (alias === '') continue;
    for (const aliasName of aliasNames(alias.ALIAS_NAME, alias.QUALITY)) {
      if (aliasName.name === name) continue;
      const known = names.findIndex((other) => other.name === aliasName.name);
      // A name the list gives both as a strong and as a weak alias is strong.
      if (known === -1) names.push(aliasName);
      else if (aliasName.quality === 'strong') names[known] = { ...(names[known] as ReferenceName), quality: 'strong' };
    }
  }
  const comments = record.COMMENTS1?.trim() || undefined;
  const designations = listValues(record.DESIGNATION);
  const cited = [comments ?? '', ...designations].flatMap((text) => text.match(REFERENCE_NUMBER) ?? []);
  const nationalitySpans = valueSpans(raw, childSpan(raw, span, 'NATIONALITY'));
  const nationalities = listValues(record.NATIONALITY);
  if (nationalitySpans.length !== nationalities.length) {
    throw new Error(`${file}: ${referenceNumber}: ${nationalities.length} NATIONALITY values but ${nationalitySpans.length} in the text`);
  }
  const unListTypeSpan = childSpan(raw, span, 'UN_LIST_TYPE');
  if (!unListTypeSpan) throw new Error(`${file}: ${referenceNumber}: no UN_LIST_TYPE element`);
  return {
    referenceNumber,
    kind: tag === 'INDIVIDUAL' ? 'Person' : 'Organization',
    snapshot,
    file,
    span,
    dataId: record.DATAID.trim(),
    unListType: record.UN_LIST_TYPE.trim(),
    listedOn: isoDate(record.LISTED_ON),
    listedOnRaw: cleanText(record.LISTED_ON),
    name,
    names,
    originalScriptName,
    datesOfBirth: datesOfBirth(record),
    nationalities,
    designations,
    comments,
    citedReferenceNumbers: [...new Set(cited)].filter((cited) => cited !== referenceNumber),
    spans: {
      unListType: unListTypeSpan,
      nationalities: nationalitySpans,
      comments: childSpan(raw, span, 'COMMENTS1'),
      designation: childSpan(raw, span, 'DESIGNATION'),
    },
  };
}
