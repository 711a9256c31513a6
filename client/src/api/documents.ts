import {
  REFERENCE_RELATION_PROPERTIES,
  RELATION_PROPERTIES,
  type EntityKind,
  type InstrumentType,
  type OrganizationScope,
  type PartnerRole,
  type PlaceType,
  type PublisherType,
  type RelationType,
} from '../core/model/index.js';
import type { EntitySummary, Evidence, GraphPath, PartnerRoleRecord, RelationSummary, Subgraph } from '../core/graph/index.js';
import type { NetworkNode, NetworkPage } from '../core/network/index.js';
import type { DatasetReference, NameRecord, StatementRecord, UnLanguageNames } from '../core/provenance/index.js';
import {
  entityFromApi,
  partnerRoleFromApi,
  pathFromApi,
  relationFromApi,
  subgraphFromApi,
  type Wire,
  type WireEntitySummary,
  type WirePartnerRole,
  type WirePath,
  type WireRelationSummary,
  type WireSubgraph,
} from './decode.js';
import { ALIAS_QUALITY, ENTITY_KIND, INSTRUMENT_TYPE, optionalFromApi, ORGANIZATION_SCOPE, PLACE_TYPE, PUBLISHER_TYPE } from './model-values.js';
import { operation } from './operation.js';

/**
 * Every GraphQL document the explorer sends, with the type of its answer and its translation
 * from the API's enum values to the model's. The fragments select exactly the fields of the
 * core's types (core/graph/types.ts).
 */

const ENTITY_SUMMARY = `fragment EntitySummary on Entity {
  id kind name aliases description doubt datasets { id }
  ... on Event { startDate endDate }
  ... on Project { startDate endDate }
}`;

const EVIDENCE = `fragment EvidenceFields on Evidence { quote source { id title publisher date } }`;

/** The model's relation facts and the reference datasets' typed facts: one list feeds both. */
const RELATION_FACT_FIELDS = [...RELATION_PROPERTIES, ...Object.keys(REFERENCE_RELATION_PROPERTIES), 'withdrawnAsOf'].join(' ');

const RELATION_SUMMARY = `fragment RelationSummary on Relation {
  id type from { id } to { id } ${RELATION_FACT_FIELDS} conflict doubt evidence { ...EvidenceFields } datasets { id }
}`;

const SUBGRAPH = `fragment SubgraphFields on Subgraph {
  truncated nodes { ...EntitySummary } edges { ...RelationSummary }
}`;

const GRAPH_FRAGMENTS = [ENTITY_SUMMARY, EVIDENCE, RELATION_SUMMARY, SUBGRAPH].join('\n');

export interface NeighbourhoodVariables {
  id: string;
  depth?: number;
  types?: readonly RelationType[];
  kinds?: readonly EntityKind[];
  limit?: number;
}

/** Entity kinds in a request's variables, in the API's spelling. */
function kindsToApi(variables: Record<string, unknown>): Record<string, unknown> {
  const kinds = variables.kinds as readonly EntityKind[] | null | undefined;
  return kinds ? { ...variables, kinds: kinds.map(ENTITY_KIND.toApi) } : variables;
}

export const NEIGHBOURHOOD = operation(
  `query Neighbourhood($id: ID!, $depth: Int, $types: [RelationType!], $kinds: [EntityKind!], $limit: Int) {
  neighbourhood(id: $id, depth: $depth, types: $types, kinds: $kinds, limit: $limit) { ...SubgraphFields }
}
${GRAPH_FRAGMENTS}`,
  (data: { neighbourhood: WireSubgraph }): NeighbourhoodResult => ({ neighbourhood: subgraphFromApi(data.neighbourhood) }),
  kindsToApi,
);

export interface NeighbourhoodResult {
  neighbourhood: Subgraph;
}

/** The API's cap on aliases per operation is 15; a dozen leaves room. */
export const NEIGHBOURHOOD_BATCH_SIZE = 12;

/** One request for the one-hop neighbourhoods of several entities (to draw the links among them). */
export function neighbourhoodsDocument(count: number) {
  const indices = Array.from({ length: count }, (_, index) => index);
  return operation(
    `query Neighbourhoods(${indices.map((index) => `$id${index}: ID!`).join(', ')}) {
  ${indices.map((index) => `n${index}: neighbourhood(id: $id${index}, depth: 1, limit: 200) { ...SubgraphFields }`).join('\n  ')}
}
${GRAPH_FRAGMENTS}`,
    (data: Record<string, WireSubgraph>): NeighbourhoodsResult =>
      Object.fromEntries(Object.entries(data).map(([alias, subgraph]) => [alias, subgraphFromApi(subgraph)])),
  );
}

export type NeighbourhoodsResult = Record<string, Subgraph>;

export const SEARCH = operation(
  `query Search($text: String!, $kinds: [EntityKind!]) {
  search(text: $text, kinds: $kinds, first: 20) {
    nodes { matched matchedName { language quality } score entity { ...EntitySummary } }
  }
}
${ENTITY_SUMMARY}`,
  (data: { search: { nodes: (Omit<SearchHit, 'entity' | 'matchedName'> & { entity: WireEntitySummary; matchedName?: { language: string | null; quality: string } })[] } }): SearchResult => ({
    search: data.search.nodes.map(({ matchedName, ...hit }) => ({
      ...hit,
      ...(matchedName ? { matchedName: { language: matchedName.language, quality: ALIAS_QUALITY.fromApi(matchedName.quality) } } : {}),
      entity: entityFromApi(hit.entity),
    })),
  }),
  kindsToApi,
);

export interface SearchHit {
  matched: string;
  /** The matched name's language (`ru`) and quality (a weak alias ranks lower and is marked). */
  matchedName?: Pick<NameRecord, 'language' | 'quality'>;
  score: number;
  entity: EntitySummary;
}

export interface SearchResult {
  search: SearchHit[];
}

const DATASET = `fragment DatasetFields on Dataset { id title publisher version asOf licence attribution coverage }`;

const STATEMENT = `fragment StatementPage on StatementConnection {
  totalCount pageInfo { hasNextPage endCursor }
  nodes { id dataset { id } source { id title publisher date } file line locator quote snapshot withdrawnAsOf }
}`;

/** Statements per request: a state's records (country codes, treaty rows, membership spells) run to a few dozen. */
export const STATEMENTS_PAGE = 50;

export interface StatementPage {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  nodes: StatementRecord[];
}

export const ENTITY_DETAILS = operation(
  `query EntityDetails($id: ID!) {
  entity(id: $id) {
    ...EntitySummary
    evidence { ...EvidenceFields }
    datasets { ...DatasetFields }
    names { name quality language script originalScript dataset { id } }
    statements(first: ${STATEMENTS_PAGE}) { ...StatementPage }
    ... on Organization { scope referenceNumber listedOn originalScriptName nationalityText }
    ... on State { iso3 iso2 m49 unMember unNames { ar zh en es fr ru } }
    ... on Instrument { instrumentType }
    ... on Project { outcomes }
    ... on Event { eventType }
    ... on Place { placeType }
    ... on Person {
      positions { title startDate endDate at { id kind name } relation { id } evidence { ...EvidenceFields } }
      referenceNumber listedOn originalScriptName nationalityText
    }
  }
}
${ENTITY_SUMMARY}
${EVIDENCE}
${DATASET}
${STATEMENT}`,
  (data: { entity: WireEntityDetails | null }): EntityDetailsResult => ({ entity: data.entity && entityDetailsFromApi(data.entity) }),
);

export interface EntityDetails extends EntitySummary {
  evidence: Evidence[];
  datasets: DatasetReference[];
  names: NameRecord[];
  statements: StatementPage;
  scope?: OrganizationScope | null;
  iso3?: string | null;
  iso2?: string | null;
  m49?: string | null;
  unMember?: boolean | null;
  unNames?: UnLanguageNames | null;
  /** A party of the UN sanctions list. */
  referenceNumber?: string | null;
  listedOn?: string | null;
  originalScriptName?: string | null;
  nationalityText?: string | null;
  instrumentType?: InstrumentType | null;
  outcomes?: string[];
  eventType?: string | null;
  placeType?: PlaceType | null;
  positions?: PositionDetails[];
}

export interface PositionDetails {
  title: string | null;
  startDate: string | null;
  endDate: string | null;
  at: Pick<EntitySummary, 'id' | 'kind' | 'name'>;
  relation: { id: string };
  evidence: Evidence[];
}

export interface EntityDetailsResult {
  entity: EntityDetails | null;
}

type WireEntityDetails = Wire<EntityDetails, 'kind' | 'positions' | 'scope' | 'instrumentType' | 'placeType'> & {
  names: WireName[];
  positions?: (Omit<PositionDetails, 'at'> & { at: Wire<PositionDetails['at'], 'kind'> })[];
  scope?: string | null;
  instrumentType?: string | null;
  placeType?: string | null;
};

type WireName = Wire<NameRecord, 'quality'>;

function entityDetailsFromApi(entity: WireEntityDetails): EntityDetails {
  const { positions, scope, instrumentType, placeType, names, ...rest } = entity;
  return {
    ...entityFromApi(rest),
    names: names.map((name) => ({ ...name, quality: ALIAS_QUALITY.fromApi(name.quality) })),
    // Only the kind that has the field gets it, as the API answers.
    ...(scope !== undefined ? { scope: optionalFromApi(ORGANIZATION_SCOPE, scope) } : {}),
    ...(instrumentType !== undefined ? { instrumentType: optionalFromApi(INSTRUMENT_TYPE, instrumentType) } : {}),
    ...(placeType !== undefined ? { placeType: optionalFromApi(PLACE_TYPE, placeType) } : {}),
    ...(positions ? { positions: positions.map((position) => ({ ...position, at: entityFromApi(position.at) })) } : {}),
  };
}

export const PATHS = operation(
  `query Paths($fromId: ID!, $toId: ID!, $maxLength: Int, $first: Int) {
  paths(fromId: $fromId, toId: $toId, maxLength: $maxLength, first: $first) {
    length nodes { ...EntitySummary } edges { ...RelationSummary }
  }
}
${ENTITY_SUMMARY}
${EVIDENCE}
${RELATION_SUMMARY}`,
  (data: { paths: WirePath[] }): PathsResult => ({ paths: data.paths.map(pathFromApi) }),
);

export interface PathsResult {
  paths: GraphPath[];
}

export const PARTNER_ROLES = operation(
  `query PartnerRoles($projectId: ID, $actorId: ID) {
  partnerRoles(projectId: $projectId, actorId: $actorId, first: 100) {
    nodes { role period actor { ...EntitySummary } target { ...EntitySummary } evidence { ...EvidenceFields } relation { id conflict doubt } }
  }
}
${ENTITY_SUMMARY}
${EVIDENCE}`,
  (data: { partnerRoles: { nodes: WirePartnerRole[] } }): PartnerRolesResult => ({ partnerRoles: data.partnerRoles.nodes.map(partnerRoleFromApi) }),
);

export interface PartnerRolesResult {
  partnerRoles: PartnerRoleRecord[];
}

export const TIMELINE = operation(
  // The API's largest page: the strip shows the first hundred events.
  `query Timeline { timeline(first: 100) { nodes { ...EntitySummary ... on Event { eventType } } } }
${ENTITY_SUMMARY}`,
  (data: { timeline: { nodes: (WireEntitySummary & { eventType?: string | null })[] } }): TimelineResult => ({
    timeline: data.timeline.nodes.map(entityFromApi),
  }),
);

export interface TimelineResult {
  timeline: (EntitySummary & { eventType?: string | null })[];
}

export const SOURCES = operation(
  `query Sources { sources { id title publisher publisherType date dateNote description url text } }`,
  (data: { sources: (Omit<SourceDocument, 'publisherType'> & { publisherType: string | null })[] }): SourcesResult => ({
    sources: data.sources.map((source) => ({ ...source, publisherType: optionalFromApi(PUBLISHER_TYPE, source.publisherType) })),
  }),
);

export interface SourceDocument {
  id: string;
  title: string;
  publisher: string | null;
  publisherType: PublisherType | null;
  date: string | null;
  dateNote: string | null;
  description: string | null;
  url: string | null;
  text: string;
}

export interface SourcesResult {
  sources: SourceDocument[];
}


export const ENTITY_STATEMENTS = operation(
  `query EntityStatements($id: ID!, $after: String) {
  entity(id: $id) { id statements(first: ${STATEMENTS_PAGE}, after: $after) { ...StatementPage } }
}
${STATEMENT}`,
  (data: { entity: { statements: StatementPage } | null }): EntityStatementsResult => ({ statements: data.entity?.statements ?? null }),
);

export interface EntityStatementsResult {
  statements: StatementPage | null;
}

/** Why a relation is in the graph: the datasets that state it and their verbatim records. */
export const RELATION_PROVENANCE = operation(
  `query RelationProvenance($id: ID!) {
  relation(id: $id) {
    id
    datasets { ...DatasetFields }
    statements { id dataset { id } source { id title publisher date } file line locator quote snapshot withdrawnAsOf }
  }
}
${DATASET}`,
  (data: { relation: RelationProvenance | null }): RelationProvenanceResult => ({ relation: data.relation }),
);

export interface RelationProvenance {
  id: string;
  datasets: DatasetReference[];
  statements: StatementRecord[];
}

export interface RelationProvenanceResult {
  relation: RelationProvenance | null;
}

export * from './matrix-documents.js';
export * from './sanctions-documents.js';

/** One page of the whole network of some layers, for the overview (core/network). */
export const NETWORK = operation(
  `query Network($datasetIds: [ID!], $first: Int, $after: String) {
  network(datasetIds: $datasetIds, first: $first, after: $after) {
    nodes { id name kind datasetIds }
    edges { id type fromId toId datasetIds }
    pageInfo { hasNextPage endCursor }
  }
}`,
  (data: { network: Omit<NetworkResult['network'], 'nodes'> & { nodes: WireNetworkNode[] } }): NetworkResult => ({
    network: { ...data.network, nodes: data.network.nodes.map(entityFromApi) },
  }),
);

type WireNetworkNode = Wire<NetworkNode, 'kind'>;

export interface NetworkResult {
  network: NetworkPage & { pageInfo: { hasNextPage: boolean; endCursor: string | null } };
}

/** A hub's relations counted by type, direction and the other end's kind: how expanding a hub decides on group nodes. */
export const RELATION_GROUPS = operation(
  `query RelationGroups($id: ID!) {
  entity(id: $id) { id relationGroups { type direction kind count countIsLowerBound } }
}`,
  (data: { entity: { id: string; relationGroups: { type: RelationType; direction: 'OUTGOING' | 'INCOMING'; kind: string; count: number; countIsLowerBound: boolean }[] } | null }): RelationGroupsResult => ({
    groups: (data.entity?.relationGroups ?? []).map((group) => entityFromApi(group)),
  }),
);

export interface RelationGroupsResult {
  groups: { type: RelationType; direction: 'OUTGOING' | 'INCOMING'; kind: EntityKind; count: number; countIsLowerBound: boolean }[];
}

/** Members of a group fetched per request: a page of the hub's relations of one type and direction. */
export const GROUP_MEMBERS_PAGE = 100;

/** One page of a hub's relations of one type and direction, each with the entity at the other end. */
export const GROUP_MEMBERS = operation(
  `query GroupMembers($id: ID!, $type: RelationType!, $direction: Direction!, $first: Int!, $after: String) {
  entity(id: $id) {
    id
    relations(types: [$type], direction: $direction, first: $first, after: $after) {
      totalCount pageInfo { hasNextPage endCursor }
      edges { node { ...RelationSummary } neighbour { ...EntitySummary } }
    }
  }
}
${ENTITY_SUMMARY}
${EVIDENCE}
${RELATION_SUMMARY}`,
  (data: {
    entity: {
      relations: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: WireRelationSummary; neighbour: WireEntitySummary }[] };
    } | null;
  }): GroupMembersResult => {
    const relations = data.entity?.relations;
    return {
      totalCount: relations?.totalCount ?? 0,
      endCursor: relations?.pageInfo.hasNextPage ? relations.pageInfo.endCursor : null,
      members: (relations?.edges ?? []).map((edge) => ({ relation: relationFromApi(edge.node), entity: entityFromApi(edge.neighbour) })),
    };
  },
);

export interface GroupMembersResult {
  totalCount: number;
  /** The cursor of the next page; null on the last. */
  endCursor: string | null;
  members: { relation: RelationSummary; entity: EntitySummary }[];
}
export * from './workspace-documents.js';
export * from './edit-documents.js';
