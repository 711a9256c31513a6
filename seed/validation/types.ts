import type { EntityKind, PublisherType, RelationType } from '../../model/data-model';

/** A passage of a source document that states a fact, copied byte for byte. */
export interface Evidence {
  source: string;
  quote: string;
}

export type PropertyValue = string | number | boolean | string[];

export interface SourceDocument {
  id: string;
  file: string;
  title: string;
  publisher: string;
  publisherType: PublisherType;
  date: string | null;
  dateNote?: string;
  description: string;
  url?: string;
  /** Strings the scrape left in the text that must never become a name or a fact. */
  noise: string[];
  /** Another capture of the same web page: a fact seen in both is one fact with two sources. */
  capturesSamePageAs?: string;
  text: string;
}

/** The fields every entity has, whatever its kind. */
export interface EntityCore {
  id: string;
  kind: EntityKind;
  name: string;
  aliases: string[];
  description: string;
  evidence: Evidence[];
}

export interface EntityRecord extends EntityCore {
  /** The kind-specific fields: scope, iso3, instrumentType, startDate, endDate, eventType, placeType, outcomes. */
  properties: Record<string, PropertyValue>;
  doubt?: string;
  file: string;
}

export interface RelationRecord {
  id: string;
  type: RelationType;
  from: string;
  to: string;
  /** startDate, endDate, title, role, frequency, note. */
  properties: Record<string, PropertyValue>;
  evidence: Evidence[];
  conflict?: string;
  doubt?: string;
  file: string;
}

export interface Dataset {
  sources: SourceDocument[];
  entities: EntityRecord[];
  relations: RelationRecord[];
}

/** A seed file handed to the parser; `path` is relative to the seed directory, e.g. "entities/people.yaml". */
export interface SeedFile {
  path: string;
  content: string;
}
