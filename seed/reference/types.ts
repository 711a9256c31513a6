import type { AliasQuality, DatasetId, EntityKind, RelationType } from '../../model/data-model.js';

/**
 * What every reference-data parser hands to the writer (seed/reference/write/). Parsers are pure:
 * they read files and return records; only the writer talks to Neo4j.
 */

/** A property value as Neo4j stores it; `null` means "this dataset does not state it" (removed on write). */
export type ReferenceValue = string | number | boolean | string[] | null;

/** The dataset record, from its SOURCE.md: shown by the API and the explorer like a curated document. */
export interface DatasetRecord {
  id: DatasetId;
  title: string;
  publisher: string;
  /** The version or snapshot(s) the files are, e.g. "v3.0" or "2017-07-03 and 2024-09-26". */
  version: string;
  /** The date the data speaks for (the latest snapshot), ISO 8601 prefix. */
  asOf: string;
  /** Where and when the files were retrieved (repository, commit, date). */
  retrieval: string;
  licence: string;
  attribution: string;
  /** What the data does not cover, so the graph can say "no data" rather than "not a party". */
  coverage: string;
  /** The files read, relative to the reference-data directory, e.g. "cow-igo-v3/igo_year_format3.csv". */
  files: string[];
}

/**
 * The verbatim raw record that states a fact: a CSV line (without its line ending) or an XML
 * element's text, byte for byte as in `file`. A test reads every quote back from its file.
 */
export interface ReferenceEvidence {
  /** Relative to the reference-data directory, e.g. "untc-arms-treaties/arms_control_ratifications.csv". */
  file: string;
  /** 1-based line of the file where the quote starts. */
  line: number;
  /** What a human looks the record up by: "arms_control_ratifications.csv:118" or "QDi.372". */
  locator: string;
  quote: string;
  /** For datasets with several snapshots, the snapshot date that states it ("2017-07-03"). */
  snapshot?: string;
}

export interface ReferenceName {
  name: string;
  quality: AliasQuality;
  /** BCP 47 language where known (the six UN languages: ar, zh, en, es, fr, ru). */
  language?: string;
  /** True for a name in its original (non-Latin) script, e.g. the list's NAME_ORIGINAL_SCRIPT. */
  originalScript?: boolean;
}

export interface ReferenceEntity {
  /** The graph id: `state:KAZ`, or the crosswalk's target, or a new id with the kind's prefix. */
  id: string;
  kind: EntityKind;
  /** The name this dataset gives; the curated name wins where the seed also states the entity. */
  name: string;
  /** Other names this dataset gives (searchable; weak ones rank lower and never merge). */
  names: ReferenceName[];
  /**
   * Typed properties this dataset owns on the node. Keys must be listed in the import's
   * `entityProperties`; a key the row leaves out is removed from the node on write.
   */
  properties: Record<string, ReferenceValue>;
  evidence: ReferenceEvidence[];
  /** Where the data is unclear about this entity (kept as text, never guessed). */
  doubt?: string;
}

export interface ReferenceRelation {
  /** Stable across runs and snapshots, prefixed by the dataset: `untc:att:KAZ`, `unsc:QDi.372:listing`. */
  id: string;
  type: RelationType;
  from: string;
  to: string;
  /** RELATION_PROPERTIES and REFERENCE_RELATION_PROPERTIES keys only (model/data-model.ts). */
  properties: Record<string, ReferenceValue>;
  evidence: ReferenceEvidence[];
  doubt?: string;
}

/** A value the importer could not resolve: reported, kept as text, never guessed. */
export interface UnresolvedValue {
  file: string;
  locator: string;
  field: string;
  value: string;
  reason: string;
}

export interface ReferenceImport {
  dataset: DatasetRecord;
  /** Every entity property key this dataset may own (so the writer can remove one it stops stating). */
  entityProperties: string[];
  entities: ReferenceEntity[];
  relations: ReferenceRelation[];
  unresolved: UnresolvedValue[];
}

/** A parser reads its dataset's folder under the reference-data directory. */
export type ReferenceParser = (referenceDataDir: string) => Promise<ReferenceImport>;
