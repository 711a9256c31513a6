import { readQuery } from '../../cypher/index.js';
import type { PartnerRole } from '../../model/data-model.js';
import { NotFoundError } from '../database/errors.js';
import type { EntityNode } from '../entities/graph-records.js';
import { primeEntities } from '../entities/loaders.js';
import type { RequestContext } from '../graphql/context.js';
import { partnerRoles, partnerRoleTypes, type PartnerRoleEntry, type PartnerRoleRow } from './partner-role.js';

const PARTNER_ROLES = readQuery('partner-roles');

interface PartnerRolesArguments {
  projectId?: string | null;
  actorId?: string | null;
  roles?: PartnerRole[] | null;
}

function primed(entries: PartnerRoleEntry[], context: RequestContext): PartnerRoleEntry[] {
  primeEntities(context.loaders, entries.flatMap((entry) => [entry.actor, entry.target]));
  return entries;
}

/** An id that matches nothing is a typo to report, not an empty partner map. */
async function assertExists(id: string | null | undefined, context: RequestContext): Promise<void> {
  if (id && !(await context.loaders.entity.load(id))) throw new NotFoundError('entity', id);
}

export const roleResolvers = {
  Query: {
    async partnerRoles(_: unknown, args: PartnerRolesArguments, context: RequestContext) {
      const rows = (await context.runner.read(PARTNER_ROLES, {
        relationTypes: partnerRoleTypes(args.roles ?? undefined),
        actorId: args.actorId ?? null,
        scopeIds: args.projectId ? [args.projectId] : null,
      })) as unknown as PartnerRoleRow[];
      if (rows.length === 0) {
        await Promise.all([assertExists(args.projectId, context), assertExists(args.actorId, context)]);
      }
      return primed(partnerRoles(rows), context);
    },
  },
  Project: {
    partners: async (project: EntityNode, _: unknown, context: RequestContext) =>
      primed(await context.loaders.partners.load(project.id), context),
  },
};
