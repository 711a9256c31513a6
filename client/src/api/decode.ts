import type { EntitySummary, GraphPath, PartnerRoleRecord, RelationSummary, Subgraph } from '../core/graph/index.js';
import { ENTITY_KIND, PARTNER_ROLE } from './model-values.js';

/**
 * The API's answers as they arrive (enum values in GraphQL's spelling) and their translation
 * into the core's types (the model's spelling). Pure, so that unit tests can pin it.
 */

export type Wire<T, Fields extends keyof T> = Omit<T, Fields> & { [Field in Fields]: string };

export type WireEntitySummary = Wire<EntitySummary, 'kind'>;
/** Relation types are spelled alike in the model and the API (`FUNDS`), so relations pass as they are. */
export type WireRelationSummary = RelationSummary;

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

export function subgraphFromApi(subgraph: WireSubgraph): Subgraph {
  return { ...subgraph, nodes: subgraph.nodes.map(entityFromApi) };
}

export function pathFromApi(path: WirePath): GraphPath {
  return { ...path, nodes: path.nodes.map(entityFromApi) };
}

export function partnerRoleFromApi(entry: WirePartnerRole): PartnerRoleRecord {
  return { ...entry, role: PARTNER_ROLE.fromApi(entry.role), actor: entityFromApi(entry.actor), target: entityFromApi(entry.target) };
}
