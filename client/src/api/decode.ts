import type { EntitySummary, GraphPath, PartnerRoleRecord, RelationSummary, Subgraph } from '../core/graph/index.js';
import { CONSENT_TYPE, ENTITY_KIND, LISTING_STATUS, MEMBERSHIP_TYPE, optionalFromApi, PARTNER_ROLE } from './model-values.js';

/**
 * The API's answers as they arrive (enum values in GraphQL's spelling) and their translation
 * into the core's types (the model's spelling). Pure, so that unit tests can pin it.
 */

export type Wire<T, Fields extends keyof T> = Omit<T, Fields> & { [Field in Fields]: string };

export type WireEntitySummary = Wire<EntitySummary, 'kind'>;
/** Relation types are spelled alike in the model and the API (`FUNDS`); the reference facts' enums are not (`ACCESSION`). */
export type WireRelationSummary = Omit<RelationSummary, 'consentType' | 'membershipType' | 'listingStatus'> & {
  consentType?: string | null;
  membershipType?: string | null;
  listingStatus?: string | null;
};

export interface WireSubgraph {
  nodes: WireEntitySummary[];
  edges: WireRelationSummary[];
  truncated?: boolean;
}

export interface WirePath {
  nodes: WireEntitySummary[];
  edges: WireRelationSummary[];
  length: number;
}

export type WirePartnerRole = Omit<PartnerRoleRecord, 'actor' | 'role' | 'target'> & {
  actor: WireEntitySummary;
  role: string;
  target: WireEntitySummary;
};

export function entityFromApi<Entity extends { kind: string }>(entity: Entity): Omit<Entity, 'kind'> & Pick<EntitySummary, 'kind'> {
  return { ...entity, kind: ENTITY_KIND.fromApi(entity.kind) };
}

export function relationFromApi(relation: WireRelationSummary): RelationSummary {
  const { consentType, membershipType, listingStatus, ...rest } = relation;
  return {
    ...rest,
    // Only fields the document asked for are set, so a relation without them stays as the API sent it.
    ...(consentType !== undefined ? { consentType: optionalFromApi(CONSENT_TYPE, consentType) } : {}),
    ...(membershipType !== undefined ? { membershipType: optionalFromApi(MEMBERSHIP_TYPE, membershipType) } : {}),
    ...(listingStatus !== undefined ? { listingStatus: optionalFromApi(LISTING_STATUS, listingStatus) } : {}),
  };
}

export function subgraphFromApi(subgraph: WireSubgraph): Subgraph {
  return { ...subgraph, nodes: subgraph.nodes.map(entityFromApi), edges: subgraph.edges.map(relationFromApi) };
}

export function pathFromApi(path: WirePath): GraphPath {
  return { ...path, nodes: path.nodes.map(entityFromApi), edges: path.edges.map(relationFromApi) };
}

export function partnerRoleFromApi(entry: WirePartnerRole): PartnerRoleRecord {
  return { ...entry, role: PARTNER_ROLE.fromApi(entry.role), actor: entityFromApi(entry.actor), target: entityFromApi(entry.target) };
}
