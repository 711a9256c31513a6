import { PARTNER_ROLE_RELATIONS, PARTNER_ROLES } from '../../model/data-model.js';
import { luceneQuery } from '../../server/search/lucene-query.js';
import { supernodeId } from './synthetic-records.js';
import { benchLogin, HEAVY_INVESTIGATION, HEAVY_USER, HUB_SUBJECT } from './synthetic-workspace.js';

const PROJECT_HUB = supernodeId('Project');
const STATE_HUB = supernodeId('State');

/**
 * Parameters for PROFILE of each named query, aimed at the worst case: the supernodes of the
 * synthetic graph (`project:syn-hub`, `state:XZZ`, `org:syn-hub`) and the most cited source.
 */
export const DEFAULT_PROFILE_PARAMETERS: Record<string, Record<string, unknown>> = {
  'entities-by-id': { ids: [PROJECT_HUB] },
  'entities-page': { kinds: null, first: 20, after: null },
  mentions: { ids: ['src:syn-0000'] },
  neighbourhood: { id: PROJECT_HUB, depth: 1, limit: 200, types: null, kinds: null },
  'partner-roles': {
    relationTypes: PARTNER_ROLES.map((role) => PARTNER_ROLE_RELATIONS[role]),
    actorId: null,
    scopeIds: [PROJECT_HUB],
    maxParts: 200,
  },
  paths: { fromId: PROJECT_HUB, toId: STATE_HUB, maxLength: 6, first: 5, types: null },
  'relations-by-id': { ids: [`TARGETS:${PROJECT_HUB}->state:XAA`] },
  'relations-of-entities': { ids: [PROJECT_HUB], direction: 'BOTH', types: null, first: 20, after: null },
  search: { query: luceneQuery('Ka'), kinds: null, first: 50 },
  'sources-by-id': { ids: ['src:syn-0000'] },
  sources: {},
  stats: {},
  timeline: { from: '2020', to: null },
  // The workspace (synthetic-workspace.ts): the busiest subject, user and investigation.
  'audit-history': { id: HUB_SUBJECT, after: 0, first: 20, actions: ['RECORD_CREATED', 'RECORD_UPDATED', 'RECORD_RETRACTED', 'PROPOSAL_ACCEPTED'] },
  'audit-log-page': { after: 0, first: 50 },
  'edit-proposals-page': { statuses: ['PROPOSED'], subjectIds: null, afterAt: null, afterId: null, first: 20 },
  'edit-proposals-count': { statuses: ['PROPOSED'], subjectIds: null },
  'edit-open-proposals': { id: HUB_SUBJECT },
  'edit-recent-changes': { subjectId: HUB_SUBJECT },
  'edit-live-relations': { id: HUB_SUBJECT },
  'investigations-of-user': { userId: HEAVY_USER, after: null, first: 20 },
  'investigation-by-id': { id: HEAVY_INVESTIGATION, userId: HEAVY_USER },
  'users-page': { after: null, limit: 50 },
  'user-by-login': { login: benchLogin(7) },
  'user-by-id': { id: HEAVY_USER },
  'session-by-token': { tokenHash: 'bench-session-3' },
};
