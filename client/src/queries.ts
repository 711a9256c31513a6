/** The GraphQL operations the explorer sends. */
const ENTITY_FIELDS = `id kind name aliases description doubt
  evidence { quote source { id title } }`;

export const NEIGHBOURHOOD = `query Neighbourhood($id: ID!, $depth: Int) {
  neighbourhood(id: $id, depth: $depth, limit: 500) {
    truncated
    nodes { ${ENTITY_FIELDS} }
    edges { id type from { id } to { id } conflict evidence { quote source { id title } } }
  }
}`;

export const SEARCH = `query Search($text: String!) {
  search(text: $text, first: 8) { matched score entity { id kind name } }
}`;

export interface EvidenceData {
  quote: string;
  source: { id: string; title: string };
}

export interface EntityData {
  id: string;
  kind: string;
  name: string;
  aliases: string[];
  description: string | null;
  doubt: string | null;
  evidence: EvidenceData[];
}

export interface EdgeData {
  id: string;
  type: string;
  from: { id: string };
  to: { id: string };
  conflict: string | null;
  evidence: EvidenceData[];
}

export interface SubgraphData {
  neighbourhood: { truncated: boolean; nodes: EntityData[]; edges: EdgeData[] };
}

export interface SearchData {
  search: { matched: string; score: number; entity: { id: string; kind: string; name: string } }[];
}
