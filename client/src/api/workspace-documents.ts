import { roleFromApi, type Account } from '../core/workspace/account.js';
import type { Investigation, InvestigationAccess, NodePosition } from '../core/workspace/investigation.js';
import { operation } from './operation.js';

/** The workspace's documents: who is signed in, and saved investigations. */

export const ME = operation(`query Me { me { id name role } }`, (data: { me: { id: string; name: string; role: string } | null }): Account | null =>
  data.me ? { ...data.me, role: roleFromApi(data.me.role) } : null,
);

const INVESTIGATION_FIELDS = `fragment InvestigationFields on Investigation {
  id name notes view version updatedAt access
  owner { id name }
  positions { id x y }
  sharedWith { user { id name } access }
}`;

interface WireInvestigation extends Omit<Investigation, 'access' | 'sharedWith'> {
  access: string;
  sharedWith: { user: { id: string; name: string }; access: string }[];
}

const accessFromApi = (access: string) => access.toLowerCase() as InvestigationAccess;

function investigationFromApi(wire: WireInvestigation): Investigation {
  return { ...wire, access: accessFromApi(wire.access), sharedWith: wire.sharedWith.map((share) => ({ ...share, access: accessFromApi(share.access) })) };
}

export const INVESTIGATIONS = operation(
  `query Investigations { investigations(first: 50) { edges { node { ...InvestigationFields } } } }
${INVESTIGATION_FIELDS}`,
  (data: { investigations: { edges: { node: WireInvestigation }[] } }) => data.investigations.edges.map((edge) => investigationFromApi(edge.node)),
);

export const INVESTIGATION = operation(
  `query Investigation($id: ID!) { investigation(id: $id) { ...InvestigationFields } }
${INVESTIGATION_FIELDS}`,
  (data: { investigation: WireInvestigation | null }) => (data.investigation ? investigationFromApi(data.investigation) : null),
);

export interface SaveInvestigationVariables {
  id?: string;
  version?: number;
  name: string;
  notes: string;
  view: string;
  positions: NodePosition[];
}

export const SAVE_INVESTIGATION = operation(
  `mutation SaveInvestigation($input: SaveInvestigationInput!) { saveInvestigation(input: $input) { ...InvestigationFields } }
${INVESTIGATION_FIELDS}`,
  (data: { saveInvestigation: WireInvestigation }) => investigationFromApi(data.saveInvestigation),
  (variables) => ({ input: variables }),
);

export const SHARE_INVESTIGATION = operation(
  `mutation ShareInvestigation($id: ID!, $email: String!, $access: InvestigationAccess!) {
  shareInvestigation(input: { id: $id, email: $email, access: $access }) { ...InvestigationFields }
}
${INVESTIGATION_FIELDS}`,
  (data: { shareInvestigation: WireInvestigation }) => investigationFromApi(data.shareInvestigation),
  (variables) => ({ ...variables, access: String(variables.access).toUpperCase() }),
);
