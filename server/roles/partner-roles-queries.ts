import { expandForEach, readQuery } from '../../cypher/index.js';
import { PARTNER_ROLE_RELATIONS, PARTNER_ROLES } from '../../model/data-model.js';

const PARTNER_TYPES = PARTNER_ROLES.map((role) => PARTNER_ROLE_RELATIONS[role]);
const partnerQuery = (name: string) => expandForEach(readQuery(name), 'RELATION_TYPE', PARTNER_TYPES);

/** The partner map of projects or events (and optionally one actor), starting from them. */
export const PARTNER_ROLES_OF_SCOPE = partnerQuery('partner-roles-of-scope');
/**
 * How many of a project's events and phases (PART_OF it, nearest first) its partner map reads:
 * the curated project has a handful; a project with thousands would make every page read them all.
 */
export const MAX_PROJECT_PARTS = 200;
/** One actor's roles anywhere, starting from the actor. */
export const PARTNER_ROLES_OF_ACTOR = partnerQuery('partner-roles-of-actor');
/** Every role in the graph, type by type. */
export const PARTNER_ROLES_ALL = partnerQuery('partner-roles-all');
