import type { EntityKind, InstrumentType, PlaceType } from '../core/model/index.js';
import {
  MEMBERSHIP_STATUSES,
  PARTICIPATION_STATUSES,
  type CellRelation,
  type MembershipRecord,
  type ParticipationRecord,
} from '../core/matrix/index.js';
import { CONSENT_TYPE, ENTITY_KIND, INSTRUMENT_TYPE, MEMBERSHIP_TYPE, modelValues, optionalFromApi, PLACE_TYPE } from './model-values.js';
import { operation } from './operation.js';

/**
 * The participation matrix's documents: the candidate columns and state sets (entities a page at
 * a time), the project's donors, and a treaty's or organisation's rows across a set of states.
 */

const PARTICIPATION_STATUS = modelValues('treaty participation status', PARTICIPATION_STATUSES);
const MEMBERSHIP_STATUS = modelValues('membership status', MEMBERSHIP_STATUSES);
const DATE_PRECISION = modelValues('date precision', ['year', 'month', 'day'] as const);

/** The API's largest page for these lists. */
export const MATRIX_PAGE = 100;

export interface PageInfo {
  hasNextPage: boolean;
  endCursor: string | null;
}

export interface MatrixCandidate {
  id: string;
  kind: EntityKind;
  name: string;
  aliases: string[];
  datasets: string[];
  instrumentType: InstrumentType | null;
  placeType: PlaceType | null;
}

export const MATRIX_CANDIDATES = operation(
  `query MatrixCandidates($kinds: [EntityKind!], $after: String) {
  entities(kinds: $kinds, first: ${MATRIX_PAGE}, after: $after) {
    pageInfo { hasNextPage endCursor }
    nodes { id kind name aliases datasets { id } ... on Instrument { instrumentType } ... on Place { placeType } }
  }
}`,
  (data: {
    entities: { pageInfo: PageInfo; nodes: { id: string; kind: string; name: string; aliases: string[]; datasets: { id: string }[]; instrumentType?: string | null; placeType?: string | null }[] };
  }): { pageInfo: PageInfo; nodes: MatrixCandidate[] } => ({
    pageInfo: data.entities.pageInfo,
    nodes: data.entities.nodes.map((node) => ({
      id: node.id,
      kind: ENTITY_KIND.fromApi(node.kind),
      name: node.name,
      aliases: node.aliases,
      datasets: node.datasets.map((dataset) => dataset.id),
      instrumentType: optionalFromApi(INSTRUMENT_TYPE, node.instrumentType),
      placeType: optionalFromApi(PLACE_TYPE, node.placeType),
    })),
  }),
  (variables) => ({ ...variables, kinds: (variables.kinds as EntityKind[] | undefined)?.map((kind) => ENTITY_KIND.toApi(kind)) }),
);

export const PROJECT_DONORS = operation(
  `query ProjectDonors($projectId: ID!) {
  partnerRoles(projectId: $projectId, roles: [DONOR], first: 100) { nodes { actor { id kind name } } }
}`,
  (data: { partnerRoles: { nodes: { actor: { id: string; kind: string; name: string } }[] } }) => ({
    donors: data.partnerRoles.nodes.map(({ actor }) => ({ id: actor.id, kind: ENTITY_KIND.fromApi(actor.kind), name: actor.name })),
  }),
);

const CELL_RELATION = `relation { id datasets { id } statements { id locator } }`;

interface WireRelation {
  id: string;
  datasets: { id: string }[];
  statements: { locator: string }[];
}

const relationFromApi = (relation: WireRelation | null): CellRelation | null =>
  relation && { id: relation.id, datasets: relation.datasets.map((dataset) => dataset.id), locators: relation.statements.map((statement) => statement.locator) };

/** A state set: a region, or given states. */
export interface StateSetVariables {
  regionId?: string | null;
  stateIds?: readonly string[] | null;
  asOf?: string | null;
  after?: string | null;
}

export const MATRIX_PARTICIPATION = operation(
  `query MatrixParticipation($instrumentId: ID!, $regionId: ID, $stateIds: [ID!], $asOf: String, $after: String) {
  treatyParticipation(instrumentId: $instrumentId, regionId: $regionId, stateIds: $stateIds, asOf: $asOf, first: ${MATRIX_PAGE}, after: $after) {
    pageInfo { hasNextPage endCursor }
    nodes {
      state { id name } instrument { id name }
      status lastKnown asOf consentType consentDate signatureDate datePrecision certain
      ${CELL_RELATION}
    }
  }
}`,
  (data: {
    treatyParticipation: {
      pageInfo: PageInfo;
      nodes: (Omit<ParticipationRecord, 'status' | 'lastKnown' | 'consentType' | 'datePrecision' | 'relation'> & {
        status: string;
        lastKnown: string | null;
        consentType: string | null;
        datePrecision: string | null;
        relation: WireRelation | null;
      })[];
    };
  }): { pageInfo: PageInfo; nodes: ParticipationRecord[] } => ({
    pageInfo: data.treatyParticipation.pageInfo,
    nodes: data.treatyParticipation.nodes.map((node) => ({
      ...node,
      status: PARTICIPATION_STATUS.fromApi(node.status),
      lastKnown: optionalFromApi(PARTICIPATION_STATUS, node.lastKnown),
      consentType: optionalFromApi(CONSENT_TYPE, node.consentType),
      datePrecision: optionalFromApi(DATE_PRECISION, node.datePrecision),
      relation: relationFromApi(node.relation),
    })),
  }),
);

export const MATRIX_MEMBERSHIPS = operation(
  `query MatrixMemberships($organizationId: ID!, $regionId: ID, $stateIds: [ID!], $asOf: String, $after: String) {
  memberships(organizationId: $organizationId, regionId: $regionId, stateIds: $stateIds, asOf: $asOf, first: ${MATRIX_PAGE}, after: $after) {
    pageInfo { hasNextPage endCursor }
    nodes {
      state { id name } organization { id name }
      status lastKnown asOf membershipType firstYear lastYear
      ${CELL_RELATION}
    }
  }
}`,
  (data: {
    memberships: {
      pageInfo: PageInfo;
      nodes: (Omit<MembershipRecord, 'status' | 'lastKnown' | 'membershipType' | 'relation'> & {
        status: string;
        lastKnown: string | null;
        membershipType: string | null;
        relation: WireRelation | null;
      })[];
    };
  }): { pageInfo: PageInfo; nodes: MembershipRecord[] } => ({
    pageInfo: data.memberships.pageInfo,
    nodes: data.memberships.nodes.map((node) => ({
      ...node,
      status: MEMBERSHIP_STATUS.fromApi(node.status),
      lastKnown: optionalFromApi(MEMBERSHIP_STATUS, node.lastKnown),
      membershipType: optionalFromApi(MEMBERSHIP_TYPE, node.membershipType),
      relation: relationFromApi(node.relation),
    })),
  }),
);
