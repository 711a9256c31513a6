import { CURATED_DATASET } from '../../model/data-model.js';
import { evidenceOf } from '../entities/graph-records.js';

/**
 * A subject's statements are in one order across datasets: the curated evidence first (as the
 * subject lists it), then the reference statements by dataset, snapshot and locator. Each has a
 * key in that order, which cursors carry: curated keys start with CURATED_KEY_PREFIX, reference
 * keys (built by statements-of-subjects.cypher) with REFERENCE_KEY_PREFIX, which sorts after it.
 */
export const CURATED_KEY_PREFIX = '0|';
export const REFERENCE_KEY_PREFIX = '1|';
export const KEY_SEPARATOR = '|';

/** A reference statement node as statements-of-subjects.cypher returns it. */
export interface ReferenceStatementNode {
  id: string;
  dataset: string;
  subjectId: string;
  file: string;
  line: number;
  locator: string;
  quote: string;
  snapshot?: string | null;
  withdrawnAsOf?: string | null;
  key: string;
}

/** A statement as the API serves it, curated or reference. */
export interface StatementRecord {
  id: string;
  datasetId: string;
  /** The curated source document; null for a reference statement. */
  sourceId: string | null;
  file: string | null;
  line: number | null;
  locator: string;
  quote: string;
  snapshot: string | null;
  withdrawnAsOf: string | null;
  key: string;
}

/** The curated evidence of an entity or relation (its stored passages) as statements. */
export function curatedStatements(
  subjectId: string,
  record: { evidenceSources?: unknown; evidenceQuotes?: unknown },
): StatementRecord[] {
  return evidenceOf(record).map(({ sourceId, quote }, index) => ({
    id: `${CURATED_DATASET}|${subjectId}|${index + 1}`,
    datasetId: CURATED_DATASET,
    sourceId,
    file: null,
    line: null,
    locator: sourceId,
    quote,
    snapshot: null,
    withdrawnAsOf: null,
    key: `${CURATED_KEY_PREFIX}${String(index).padStart(6, '0')}`,
  }));
}

export function referenceStatement(node: ReferenceStatementNode): StatementRecord {
  return {
    id: node.id,
    datasetId: node.dataset,
    sourceId: null,
    file: node.file,
    line: typeof node.line === 'number' ? node.line : Number(node.line),
    locator: node.locator,
    quote: node.quote,
    snapshot: node.snapshot ?? null,
    withdrawnAsOf: node.withdrawnAsOf ?? null,
    key: node.key,
  };
}

/** Whether a key decoded from a cursor is one this order hands out. */
export function isStatementKey(key: string): boolean {
  return key.startsWith(CURATED_KEY_PREFIX) || key.startsWith(REFERENCE_KEY_PREFIX);
}
