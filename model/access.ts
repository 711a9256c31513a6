import { EDITORS_DATASET_ID } from './data-model.js';

/**
 * Who may do what in the coordinators' workspace. Roles are cumulative: each includes the ones
 * before it (a reviewer may also propose, an admin may also review). The API's `Role` enum and
 * every guard read this list.
 */
export const ROLES = ['viewer', 'editor', 'reviewer', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_DESCRIPTIONS: Record<Role, string> = {
  viewer: 'Reads the graph (anonymous visitors read too, unless the server setting ANONYMOUS_READ is off).',
  editor: 'Proposes changes: new actors and relations, corrections, periods, retractions, each with its evidence.',
  reviewer: "Accepts or rejects other users' proposals (never their own).",
  admin: 'Manages users and their roles, and exports the audit log.',
};

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

/** True when `held` grants at least what `required` asks. */
export function roleSatisfies(held: Role, required: Role): boolean {
  return ROLES.indexOf(held) >= ROLES.indexOf(required);
}

/** The dataset that owns what editors add: importers never touch its records (see model/data-model.ts). */
export const EDITORS_DATASET = EDITORS_DATASET_ID;
