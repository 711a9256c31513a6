/** Shapes of what the Cypher queries return, and how the API reads evidence off them. */

/** An entity node's properties, as Neo4j returns them. */
export interface EntityNode {
  id: string;
  kind: string;
  name: string;
  aliases?: string[];
  evidenceSources?: string[];
  evidenceQuotes?: string[];
  [property: string]: unknown;
}

/**
 * A relationship as every query returns it (`{id, type, from, to, properties}` in Cypher):
 * its ends by id, its properties as stored.
 */
export interface RelationRecord {
  id: string;
  type: string;
  from: string;
  to: string;
  properties: Record<string, unknown>;
}

export interface SourceNode {
  id: string;
  title: string;
  text: string;
  [property: string]: unknown;
}

export interface EvidenceReference {
  sourceId: string;
  quote: string;
}

/** Evidence is stored as two parallel lists (Neo4j properties cannot hold maps). */
export function evidenceOf(record: { evidenceSources?: unknown; evidenceQuotes?: unknown }): EvidenceReference[] {
  const sources = (record.evidenceSources as string[] | undefined) ?? [];
  const quotes = (record.evidenceQuotes as string[] | undefined) ?? [];
  return sources.map((sourceId, index) => ({ sourceId, quote: quotes[index] ?? '' }));
}
