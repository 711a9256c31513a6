import type { PartnerRole } from '../../model/data-model.js';
import { NotFoundError } from '../database/errors.js';
import type { EntityNode } from '../entities/graph-records.js';
import { primeEntities } from '../entities/loaders.js';
import type { RequestContext } from '../graphql/context.js';
import { connectionOf, decodeOffsetCursor, positioned } from '../graphql/cursors.js';
import { checkRange } from '../graphql/limits.js';
import { partnerRoles, partnerRoleTypes, type PartnerRoleRow } from './partner-role.js';
import { MAX_PROJECT_PARTS, PARTNER_ROLES_ALL, PARTNER_ROLES_OF_ACTOR, PARTNER_ROLES_OF_SCOPE } from './partner-roles-queries.js';

export const DEFAULT_PARTNER_PAGE = 50;

interface PageArguments {
  first?: number | null;
  after?: string | null;
}

interface PartnerRolesArguments extends PageArguments {
  projectId?: string | null;
  actorId?: string | null;
  roles?: PartnerRole[] | null;
}

/** `first` and the offset `after` points at, checked. */
export function partnerPage(field: string, args: PageArguments, context: RequestContext): { first: number; offset: number } {
  const first = checkRange(field, 'first', args.first ?? DEFAULT_PARTNER_PAGE, 1, context.limits.maxPageSize);
  return { first, offset: decodeOffsetCursor('partner-role', args.after, field) };
}

/** A page of partner-map entries as a connection; each page sorted by role, then actor, then target. */
export function partnerConnection(rows: readonly PartnerRoleRow[], totalCount: number, page: { first: number; offset: number }, context: RequestContext) {
  // The extra row (there is a next page) stays last, out of the sorted page.
  const entries = positioned([...partnerRoles(rows.slice(0, page.first)), ...partnerRoles(rows.slice(page.first))], page.offset);
  primeEntities(context.loaders, entries.flatMap((entry) => [entry.actor, entry.target]));
  return connectionOf(
    'partner-role',
    entries,
    { first: page.first, after: page.offset > 0 ? String(page.offset) : null, totalCount },
    (entry) => ({ node: entry }),
    (entry) => entry.position,
  );
}

/** An id that matches nothing is a typo to report, not an empty partner map. */
async function assertExists(id: string | null | undefined, context: RequestContext): Promise<void> {
  if (id && !(await context.loaders.entity.load(id))) throw new NotFoundError('entity', id);
}

async function readPartnerRoles(args: PartnerRolesArguments, page: { first: number; offset: number }, context: RequestContext) {
  const relationTypes = partnerRoleTypes(args.roles ?? undefined);
  const parameters = { relationTypes, first: page.first, offset: page.offset, actorId: args.actorId ?? null };
  if (args.projectId) return context.runner.read(PARTNER_ROLES_OF_SCOPE, { ...parameters, scopeIds: [args.projectId], maxParts: MAX_PROJECT_PARTS });
  if (args.actorId) return context.runner.read(PARTNER_ROLES_OF_ACTOR, parameters);
  return context.runner.read(PARTNER_ROLES_ALL, parameters);
}

export const roleResolvers = {
  Query: {
    async partnerRoles(_: unknown, args: PartnerRolesArguments, context: RequestContext) {
      const page = partnerPage('partnerRoles', args, context);
      const [row] = await readPartnerRoles(args, page, context);
      if (!row) {
        await Promise.all([assertExists(args.projectId, context), assertExists(args.actorId, context)]);
      }
      return partnerConnection((row?.page ?? []) as PartnerRoleRow[], (row?.totalCount ?? 0) as number, page, context);
    },
  },
  Project: {
    async partners(project: EntityNode, args: PageArguments, context: RequestContext) {
      const page = partnerPage('partners', args, context);
      const { rows, totalCount } = await context.loaders.partners.load({ projectId: project.id, ...page });
      return partnerConnection(rows, totalCount, page, context);
    },
  },
};
