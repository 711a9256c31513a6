import { readQuery } from '../../cypher/index.js';
import type { Viewer } from '../auth/viewer.js';
import { BadInputError, ForbiddenError, UnauthenticatedError } from '../database/errors.js';
import type { RequestContext } from '../graphql/context.js';
import { decodeCursor, encodeCursor } from '../graphql/cursors.js';
import { checkRange } from '../graphql/limits.js';
import { createInvestigation, shareInvestigation, unshareInvestigation, updateInvestigation, type InvestigationAccess } from './store.js';
import { investigationContent, type SaveInput } from './validation.js';

const INVESTIGATIONS_OF_USER = readQuery('investigations-of-user');
const INVESTIGATION_BY_ID = readQuery('investigation-by-id');

interface AccountRow {
  id: string;
  name: string;
  role: string;
}

interface InvestigationRow {
  properties: Record<string, unknown>;
  owner: AccountRow;
  access: InvestigationAccess;
  shares: { user: AccountRow; access: InvestigationAccess }[];
}

const account = (row: AccountRow) => ({ id: row.id, name: row.name, role: String(row.role).toUpperCase() });

/** Fields marked @requiresRole(role: VIEWER) are never reached anonymously; this narrows the type. */
function signedIn(context: RequestContext): Viewer {
  if (!context.viewer) throw new UnauthenticatedError('Sign in to use saved investigations.');
  return context.viewer;
}

async function readInvestigation(context: RequestContext, id: string): Promise<InvestigationRow | null> {
  const viewer = signedIn(context);
  const [row] = await context.runner.read(INVESTIGATION_BY_ID, { id, userId: viewer.userId });
  if (!row) return null;
  if (!row.access) throw new ForbiddenError(`Investigation ${id} is not shared with you: ask its owner (${(row.owner as AccountRow).name}).`);
  return {
    properties: row.investigation as Record<string, unknown>,
    owner: row.owner as AccountRow,
    access: row.access as InvestigationAccess,
    shares: row.shares as InvestigationRow['shares'],
  };
}

async function mustRead(context: RequestContext, id: string): Promise<InvestigationRow> {
  const row = await readInvestigation(context, id);
  if (!row) throw new BadInputError(`No investigation has the id "${id}".`);
  return row;
}

const cursorOf = (properties: Record<string, unknown>) => encodeCursor('investigation', JSON.stringify([properties.updatedAt, properties.id]));

function afterOf(cursor: string | null | undefined): [string, string] | null {
  if (!cursor) return null;
  const value = decodeCursor('investigation', cursor, 'investigations');
  try {
    const parsed: unknown = JSON.parse(value);
    if (Array.isArray(parsed) && parsed.length === 2 && parsed.every((part) => typeof part === 'string')) return parsed as [string, string];
  } catch {
    // Falls through to the refusal.
  }
  throw new BadInputError('investigations: "after" is not a cursor this field handed out.');
}

export const investigationResolvers = {
  Query: {
    async investigations(_: unknown, args: { first: number; after?: string | null }, context: RequestContext) {
      const viewer = signedIn(context);
      checkRange('investigations', 'first', args.first, 1, 100);
      const rows = await context.runner.read(INVESTIGATIONS_OF_USER, { userId: viewer.userId, first: args.first + 1, after: afterOf(args.after) });
      const page = rows.slice(0, args.first).map((row) => ({
        properties: row.investigation as Record<string, unknown>,
        owner: row.owner as AccountRow,
        access: row.access as InvestigationAccess,
        shares: row.shares as InvestigationRow['shares'],
      }));
      return {
        edges: page.map((node) => ({ cursor: cursorOf(node.properties), node })),
        pageInfo: { hasNextPage: rows.length > args.first, endCursor: page.length ? cursorOf(page.at(-1)!.properties) : null },
      };
    },
    investigation: (_: unknown, { id }: { id: string }, context: RequestContext) => readInvestigation(context, id),
  },
  Mutation: {
    async saveInvestigation(_: unknown, { input }: { input: SaveInput }, context: RequestContext) {
      const viewer = signedIn(context);
      const content = investigationContent(input);
      const actor = { viewer, origin: context.origin };
      let id = input.id ?? null;
      if (id === null) {
        id = await context.runner.write((tx) => createInvestigation(tx, actor, content));
      } else {
        if (input.version === undefined || input.version === null) throw new BadInputError('saveInvestigation: saving over an investigation needs the version it was opened at.');
        const { version } = input;
        const existing = id;
        await context.runner.write((tx) => updateInvestigation(tx, actor, existing, version, content));
      }
      return mustRead(context, id);
    },
    async shareInvestigation(_: unknown, { input: args }: { input: { id: string; email: string; access: InvestigationAccess } }, context: RequestContext) {
      const viewer = signedIn(context);
      if (args.access === 'OWNER') throw new BadInputError('shareInvestigation: access is READ or EDIT (an investigation has one owner).');
      await context.runner.write((tx) => shareInvestigation(tx, { viewer, origin: context.origin }, args.id, args.email, args.access as 'READ' | 'EDIT'));
      return mustRead(context, args.id);
    },
    async unshareInvestigation(_: unknown, args: { id: string; userId: string }, context: RequestContext) {
      const viewer = signedIn(context);
      await context.runner.write((tx) => unshareInvestigation(tx, { viewer, origin: context.origin }, args.id, args.userId));
      return mustRead(context, args.id);
    },
  },
  Investigation: {
    id: (row: InvestigationRow) => row.properties.id,
    name: (row: InvestigationRow) => row.properties.name,
    notes: (row: InvestigationRow) => row.properties.notes ?? '',
    view: (row: InvestigationRow) => row.properties.view,
    version: (row: InvestigationRow) => Number(row.properties.version),
    createdAt: (row: InvestigationRow) => row.properties.createdAt,
    updatedAt: (row: InvestigationRow) => row.properties.updatedAt,
    owner: (row: InvestigationRow) => account(row.owner),
    access: (row: InvestigationRow) => row.access,
    positions(row: InvestigationRow) {
      const ids = (row.properties.positionIds as string[] | undefined) ?? [];
      const xs = row.properties.positionXs as number[];
      const ys = row.properties.positionYs as number[];
      return ids.map((id, index) => ({ id, x: Number(xs[index]), y: Number(ys[index]) }));
    },
    sharedWith: (row: InvestigationRow) => (row.access === 'OWNER' ? row.shares.map((share) => ({ user: account(share.user), access: share.access })) : []),
  },
};
