import DataLoader from 'dataloader';
import { readQuery } from '../../cypher/index.js';
import type { QueryRunner } from '../database/executor.js';
import { partnerRoles, partnerRoleTypes, type PartnerRoleEntry, type PartnerRoleRow } from './partner-role.js';

const PARTNER_ROLES = readQuery('partner-roles');

export type PartnersLoader = DataLoader<string, PartnerRoleEntry[]>;

/** `Project.partners` of every project on one level, in one query. */
export function createPartnersLoader(runner: QueryRunner): PartnersLoader {
  return new DataLoader(async (projectIds) => {
    const rows = (await runner.read(PARTNER_ROLES, {
      relationTypes: partnerRoleTypes(),
      actorId: null,
      scopeIds: [...projectIds],
    })) as unknown as PartnerRoleRow[];
    return projectIds.map((projectId) => partnerRoles(rows.filter((row) => row.scopes.includes(projectId))));
  });
}
