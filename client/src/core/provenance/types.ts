import type { AliasQuality, DatasetId } from '../model/index.js';
import type { SourceReference } from '../graph/types.js';

/**
 * Where a fact comes from: the curated documents or a public reference dataset, and the
 * verbatim records that state it (the API's Dataset, Statement and Name types).
 */

/** A dataset as the details panel cites it. */
export interface DatasetReference {
  id: string;
  title: string;
  publisher?: string | null;
  version?: string | null;
  asOf?: string | null;
  licence?: string | null;
  attribution?: string | null;
  coverage?: string | null;
}

/** A verbatim record that states a fact: a curated passage (with its source) or a reference record (file, line, locator). */
export interface StatementRecord {
  dataset: { id: string };
  source?: SourceReference | null;
  file?: string | null;
  line?: number | null;
  locator: string;
  quote: string;
  snapshot?: string | null;
  withdrawnAsOf?: string | null;
}

/** Another name of an entity, with how far it can be trusted and which dataset gives it. */
export interface NameRecord {
  name: string;
  quality: AliasQuality;
  language?: string | null;
  script?: string | null;
  originalScript: boolean;
  dataset: { id: string };
}

/** A state's short names in the six UN languages. */
export type UnLanguage = 'ar' | 'zh' | 'en' | 'es' | 'fr' | 'ru';
export type UnLanguageNames = Partial<Record<UnLanguage, string | null>>;

export type { DatasetId };
