import DataLoader from 'dataloader';
import type { QueryRunner } from '../database/executor.js';
import { partnerRoleTypes, type PartnerRoleRow } from './partner-role.js';
import { MAX_PROJECT_PARTS, PARTNER_ROLES_OF_SCOPE } from './partner-roles-queries.js';

/** Which page of whose partners: one `Project.partners` field of one project. */
export interface PartnersKey {
  projectId: string;
  first: number;
  offset: number;
}

export interface PartnersPage {
  /** Up to `first + 1` rows: the extra one says there is a next page. */
  rows: PartnerRoleRow[];
  totalCount: number;
}

export type PartnersLoader = DataLoader<PartnersKey, PartnersPage, string>;

const pageKey = (key: PartnersKey) => `${key.first}:${key.offset}`;

/** `Project.partners` of every project on one level: one query per distinct page asked for. */
export function createPartnersLoader(runner: QueryRunner): PartnersLoader {
  return new DataLoader(
    async (keys) => {
      const groups = new Map<string, PartnersKey[]>();
      for (const key of keys) groups.set(pageKey(key), [...(groups.get(pageKey(key)) ?? []), key]);
      const pages = new Map<string, PartnersPage>();
      await Promise.all(
        [...groups.values()].map(async (members) => {
          const { first, offset } = members[0]!;
          const rows = await runner.read(PARTNER_ROLES_OF_SCOPE, {
            scopeIds: [...new Set(members.map((member) => member.projectId))],
            relationTypes: partnerRoleTypes(),
            actorId: null,
            first,
            offset,
            maxParts: MAX_PROJECT_PARTS,
          });
          for (const row of rows) {
            pages.set(`${row.scopeId as string}\u0000${first}:${offset}`, { rows: row.page as PartnerRoleRow[], totalCount: row.totalCount as number });
          }
        }),
      );
      return keys.map((key) => pages.get(`${key.projectId}\u0000${pageKey(key)}`) ?? { rows: [], totalCount: 0 });
    },
    { cacheKeyFn: (key) => `${key.projectId}\u0000${pageKey(key)}` },
  );
}
