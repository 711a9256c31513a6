import type { EntityKind, PartnerRole, RelationProperty, RelationType } from '../model/index.js';
import type { ReferenceRelationFacts } from '../provenance/relation-facts.js';

/** The API's data as the explorer's core uses it (the GraphQL documents select exactly these fields). */

export interface SourceReference {
  id: string;
  title: string;
  publisher?: string | null;
  date?: string | null;
}

export interface Evidence {
  quote: string;
  source: SourceReference;
}

/** An entity as a graph node needs it; details are fetched when it is selected. */
export interface EntitySummary {
  id: string;
  kind: EntityKind;
  name: string;
  aliases: string[];
  description?: string | null;
  doubt?: string | null;
  /** Which datasets assert it: the curated documents and/or reference datasets. */
  datasets?: { id: string }[];
  /** Events and projects only: ISO 8601 prefixes (`2020`, `2020-02`, `2020-02-20`). */
  startDate?: string | null;
  endDate?: string | null;
}

/** A relation's facts beyond its ends (the model's RELATION_PROPERTIES): its period, a title, a role… */
export type RelationFacts = Partial<Record<RelationProperty, string | null>>;

export interface RelationSummary extends RelationFacts, ReferenceRelationFacts {
  id: string;
  type: RelationType;
  from: { id: string };
  to: { id: string };
  conflict?: string | null;
  doubt?: string | null;
  evidence: Evidence[];
  /** Which dataset states it: the curated documents or one reference dataset. */
  datasets?: { id: string }[];
}

export interface Subgraph {
  nodes: EntitySummary[];
  edges: RelationSummary[];
  truncated?: boolean;
}

export interface GraphPath {
  nodes: EntitySummary[];
  edges: RelationSummary[];
  length: number;
}

export interface PartnerRoleRecord {
  actor: EntitySummary;
  role: PartnerRole;
  target: EntitySummary;
  /** An ISO 8601 interval of prefixes: `2020/2021`, `2024/..` when open-ended; null when undated. */
  period: string | null;
  evidence: Evidence[];
  /** The role's relation, with what the sources dispute or leave unclear about it. */
  relation: { id: string; conflict?: string | null; doubt?: string | null };
}
