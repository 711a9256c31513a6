import { PARTNER_ROLE_RELATIONS, REFERENCE_DATASET_IDS, type RelationType } from '../../core/model/index.js';
import { PROJECT_ID } from '../../core/questions/index.js';
import type { ViewState } from '../../core/view/index.js';
import type { Explorer } from './explorer.js';

/**
 * What the explorer opens on: the project at the centre with its implementers, donors,
 * collaborators and beneficiaries (the partner roles' relation types) and its instruments, as
 * the curated documents state them: the reference datasets' links among these actors (their
 * treaty status, their memberships) stay hidden until the reader explores or shows them.
 */
export const OVERVIEW_TYPES: readonly RelationType[] = [
  PARTNER_ROLE_RELATIONS.implementer,
  PARTNER_ROLE_RELATIONS.donor,
  PARTNER_ROLE_RELATIONS.collaborator,
  PARTNER_ROLE_RELATIONS.beneficiary,
  'SUPPORTS',
  'FRAMES',
];

export async function openOverview(explorer: Explorer, state: ViewState): Promise<void> {
  const overview = await explorer.loader.neighbourhood({ id: PROJECT_ID, depth: 1, types: OVERVIEW_TYPES, limit: 200 }, 'the overview of the project');
  // The reference layers wait to be asked for; the editors' accepted partner roles belong to the map.
  const hiddenDatasets = [...REFERENCE_DATASET_IDS];
  await explorer.open({ ...state, nodes: overview.nodes.map((node) => node.id), selected: state.selected ?? PROJECT_ID, hiddenDatasets }, 'replace');
}
