import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { z } from 'zod';
import { childSpan, elementSpans, sourceText, type SourceSpan, type SourceText } from './source-text.js';

/** The two snapshots, oldest first; `file` is relative to the reference-data directory. */
export const SNAPSHOTS = [
  { date: '2017-07-03', file: 'un-sc-consolidated/consolidated_2017-07-03.xml' },
  { date: '2024-09-26', file: 'un-sc-consolidated/consolidated_2024-09-26.xml' },
] as const;
export type SnapshotDate = (typeof SNAPSHOTS)[number]['date'];

export type EntryTag = 'INDIVIDUAL' | 'ENTITY';

const text = z.string().optional();
/** `<X><VALUE>a</VALUE><VALUE>b</VALUE></X>`, or `<X/>` (the parser gives ''). */
const values = z.union([z.literal(''), z.strictObject({ VALUE: z.array(z.string()).optional() })]).optional();
const alias = z.union([
  z.literal(''),
  z.looseObject({ QUALITY: text, ALIAS_NAME: text, NOTE: text }),
]);
const dateOfBirth = z.union([
  z.literal(''),
  z.looseObject({ TYPE_OF_DATE: text, DATE: text, YEAR: text, FROM_YEAR: text, TO_YEAR: text, NOTE: text }),
]);

const recordSchema = z.looseObject({
  DATAID: z.string().min(1),
  FIRST_NAME: text,
  SECOND_NAME: text,
  THIRD_NAME: text,
  FOURTH_NAME: text,
  UN_LIST_TYPE: z.string().min(1),
  REFERENCE_NUMBER: z.string().min(1),
  LISTED_ON: text,
  NAME_ORIGINAL_SCRIPT: text,
  COMMENTS1: text,
  DESIGNATION: values,
  NATIONALITY: values,
  INDIVIDUAL_ALIAS: z.array(alias).optional(),
  ENTITY_ALIAS: z.array(alias).optional(),
  INDIVIDUAL_DATE_OF_BIRTH: z.array(dateOfBirth).optional(),
});
export type RawRecord = z.infer<typeof recordSchema>;

const documentSchema = z.object({
  CONSOLIDATED_LIST: z.looseObject({
    '@_dateGenerated': z.string(),
    INDIVIDUALS: z.union([z.literal(''), z.object({ INDIVIDUAL: z.array(recordSchema).optional() })]),
    ENTITIES: z.union([z.literal(''), z.object({ ENTITY: z.array(recordSchema).optional() })]),
  }),
});

/** One INDIVIDUAL or ENTITY element: its parsed fields and where its text sits in the file. */
export interface SnapshotRecord {
  tag: EntryTag;
  record: RawRecord;
  span: SourceSpan;
}

export interface Snapshot {
  date: SnapshotDate;
  file: string;
  source: SourceText;
  dateGenerated: string;
  /** The root element's start tag (it names the Security Council's sc-sanctions.xsd). */
  rootSpan: SourceSpan;
  records: SnapshotRecord[];
}

const REPEATED = new Set(['VALUE', 'INDIVIDUAL', 'ENTITY', 'INDIVIDUAL_ALIAS', 'ENTITY_ALIAS', 'INDIVIDUAL_DATE_OF_BIRTH']);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  isArray: (name) => REPEATED.has(name),
});

/**
 * Reads one snapshot: fast-xml-parser gives the fields; the raw text gives each element's
 * verbatim span. The two are matched by document order and checked by DATAID and
 * REFERENCE_NUMBER, so a quote can never be attached to the wrong record.
 */
export async function readSnapshot(
  referenceDataDir: string,
  snapshot: { date: SnapshotDate; file: string },
): Promise<Snapshot> {
  const raw = await readFile(join(referenceDataDir, snapshot.file), 'utf8');
  const source = sourceText(raw);
  const document = documentSchema.parse(parser.parse(raw, true));
  const list = document.CONSOLIDATED_LIST;
  const records: SnapshotRecord[] = [];
  for (const [tag, parsed] of [
    ['INDIVIDUAL', list.INDIVIDUALS === '' ? [] : (list.INDIVIDUALS.INDIVIDUAL ?? [])],
    ['ENTITY', list.ENTITIES === '' ? [] : (list.ENTITIES.ENTITY ?? [])],
  ] as const) {
    const spans = elementSpans(raw, tag);
    if (spans.length !== parsed.length) {
      throw new Error(`${snapshot.file}: ${parsed.length} parsed <${tag}> records but ${spans.length} in the text`);
    }
    parsed.forEach((record, index) => {
      const span = spans[index] as SourceSpan;
      const rawField = (field: string) => {
        const child = childSpan(raw, span, field);
        return child && raw.slice(child.start + field.length + 2, child.end - field.length - 3).trim();
      };
      if (rawField('DATAID') !== record.DATAID || rawField('REFERENCE_NUMBER') !== record.REFERENCE_NUMBER.trim()) {
        throw new Error(`${snapshot.file}:${source.line(span.start)}: <${tag}> #${index + 1} does not match DATAID ${record.DATAID}`);
      }
      records.push({ tag, record, span });
    });
  }
  const rootStart = raw.indexOf('<CONSOLIDATED_LIST');
  const rootEnd = raw.indexOf('>', rootStart) + 1;
  return {
    ...snapshot,
    source,
    dateGenerated: list['@_dateGenerated'],
    rootSpan: { start: rootStart, end: rootEnd },
    records,
  };
}
