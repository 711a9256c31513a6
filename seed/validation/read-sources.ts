import type { SeedIssue } from './seed-issues';
import { SOURCE_FIELD_NAMES, sourceMetadataSchema } from './source-schema';
import type { SourceDocument } from './types';
import { isMapping, parseYaml } from './yaml-files';
import { toSeedIssues } from './zod-issues';

function readMetadata(
  file: string,
  raw: Record<string, unknown>,
  sourceTexts: ReadonlyMap<string, string>,
  issues: SeedIssue[],
): SourceDocument | undefined {
  const record = typeof raw.id === 'string' ? raw.id : '(metadata)';
  const parsed = sourceMetadataSchema.safeParse(raw);
  if (!parsed.success) {
    issues.push(...toSeedIssues(parsed.error, { file, record }, SOURCE_FIELD_NAMES, 'source metadata'));
    return undefined;
  }
  const metadata = parsed.data;
  const text = sourceTexts.get(metadata.file);
  if (text === undefined) {
    issues.push({ file, record, field: 'file', reason: `no text "${metadata.file}" beside the metadata` });
    return undefined;
  }
  metadata.noise.forEach((noise, index) => {
    if (!text.includes(noise)) {
      issues.push({ file, record, field: `noise[${index}]`, reason: `"${noise}" does not occur in ${metadata.file}` });
    }
  });
  const { dateNote, url, capturesSamePageAs, ...required } = metadata;
  return {
    ...required,
    ...(dateNote !== undefined && { dateNote }),
    ...(url !== undefined && { url }),
    ...(capturesSamePageAs !== undefined && { capturesSamePageAs }),
    text,
  };
}

/** What the reader notes across all metadata files, readable or not. */
export interface SourceBookkeeping {
  /** Ids of metadata that cannot be read, so records citing them are not also reported. */
  rejectedIds: Set<string>;
  /** Text files some metadata names, so a text without metadata can be reported. */
  describedTexts: Set<string>;
}

/** Reads one source's metadata and joins it to its text (keyed by the .txt file name). */
export function readSource(
  file: string,
  content: string,
  sourceTexts: ReadonlyMap<string, string>,
  issues: SeedIssue[],
  bookkeeping: SourceBookkeeping,
): SourceDocument | undefined {
  const raw = parseYaml(file, content, issues);
  if (raw === undefined) return undefined;
  if (!isMapping(raw)) {
    issues.push({ file, record: '(file)', field: '(yaml)', reason: 'must be a YAML mapping of metadata fields' });
    return undefined;
  }
  if (typeof raw.file === 'string') bookkeeping.describedTexts.add(raw.file);
  const source = readMetadata(file, raw, sourceTexts, issues);
  if (source === undefined && typeof raw.id === 'string') bookkeeping.rejectedIds.add(raw.id);
  return source;
}
