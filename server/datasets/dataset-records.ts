import { CURATED_DATASET } from '../../model/data-model.js';

/** A dataset as the API serves it: a reference dataset's stored record, or the curated documents'. */
export interface DatasetRecord {
  id: string;
  title: string;
  publisher: string | null;
  version: string | null;
  asOf: string | null;
  retrieval: string | null;
  licence: string | null;
  attribution: string | null;
  coverage: string | null;
  files: string[];
  entityCount: number;
  relationCount: number;
  statementCount: number;
  unresolvedCount: number;
}

const text = (value: unknown): string | null => (typeof value === 'string' && value.length > 0 ? value : null);
const count = (value: unknown): number => (typeof value === 'number' ? value : Number(value ?? 0));

/** A reference dataset's node (written by seed/reference/write/) as the API's record. */
export function referenceDataset(node: Record<string, unknown>): DatasetRecord {
  return {
    id: String(node.id),
    title: text(node.title) ?? String(node.id),
    publisher: text(node.publisher),
    version: text(node.version),
    asOf: text(node.asOf),
    retrieval: text(node.retrieval),
    licence: text(node.licence),
    attribution: text(node.attribution),
    coverage: text(node.coverage),
    files: Array.isArray(node.files) ? node.files.filter((file): file is string => typeof file === 'string') : [],
    entityCount: count(node.entityCount),
    relationCount: count(node.relationCount),
    statementCount: count(node.statementCount),
    unresolvedCount: count(node.unresolvedCount),
  };
}

export interface CuratedSource {
  id: string;
  title: string;
  publisher?: string | null;
  date?: string | null;
  url?: string | null;
  file?: string | null;
}

export interface CuratedCounts {
  sources: CuratedSource[];
  entityCount: number;
  relationCount: number;
  statementCount: number;
}

/**
 * The curated seed has no dataset record of its own: it is its source documents, so the API
 * describes it from them (publishers, latest date, files) and counts what cites them.
 */
export function curatedDataset({ sources, entityCount, relationCount, statementCount }: CuratedCounts): DatasetRecord {
  const publishers = [...new Set(sources.map((source) => source.publisher).filter((publisher): publisher is string => !!publisher))];
  const dates = sources.map((source) => source.date).filter((date): date is string => !!date).sort();
  const urls = sources.map((source) => source.url).filter((url): url is string => !!url);
  return {
    id: CURATED_DATASET,
    title: 'Curated documents',
    publisher: publishers.length > 0 ? publishers.join('; ') : null,
    version: `${sources.length} documents (${sources[0]?.id ?? ''}–${sources.at(-1)?.id ?? ''})`,
    asOf: dates.at(-1) ?? null,
    retrieval: urls.length > 0 ? `Captured from ${urls.join(', ')} (see each Source)` : null,
    licence: null,
    attribution: publishers.length > 0 ? publishers.join('; ') : null,
    coverage:
      'What the curated public documents state about one project (the terrorism–arms–crime nexus in Central Asia) and the actors, instruments and events around it, each fact with the verbatim passages that state it; nothing beyond them.',
    files: sources.map((source) => `seed/sources/${source.file ?? source.id}`),
    entityCount,
    relationCount,
    statementCount,
    // The seed is validated as a whole before it is written: nothing is left unresolved.
    unresolvedCount: 0,
  };
}
