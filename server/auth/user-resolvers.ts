import { isRole, type Role } from '../../model/access.js';
import { BadInputError } from '../database/errors.js';
import type { RequestContext } from '../graphql/context.js';
import { connectionOf, decodeCursor } from '../graphql/cursors.js';
import { checkRange } from '../graphql/limits.js';
import { changeRole, createAccount, disableAccount, type AccountManager, type WriteTransaction } from './user-admin.js';
import { listUsers, type User } from './users.js';

const MAX_REASON_LENGTH = 2_000;

function roleOf(value: string): Role {
  const role = value.toLowerCase();
  if (!isRole(role)) throw new BadInputError(`role: "${value}" is not a role.`);
  return role;
}

function reasonOf(reason: string | null | undefined): string | undefined {
  if (reason && reason.length > MAX_REASON_LENGTH) throw new BadInputError(`reason: at most ${MAX_REASON_LENGTH} characters.`);
  return reason ?? undefined;
}

/** The admin acting: the role guard let only a signed-in admin this far. */
function managerOf(context: RequestContext): AccountManager {
  const { viewer } = context;
  if (!viewer) throw new Error('an account mutation ran without a viewer: the role guard should have refused it');
  return { userId: viewer.userId, name: viewer.name };
}

const writeOf = (context: RequestContext): WriteTransaction => (work) => context.runner.write(work);

/** Roles are enforced by `@requiresRole(role: ADMIN)` in users.graphql, not here. */
export const userResolvers = {
  Query: {
    async users(_: unknown, args: { first?: number | null; after?: string | null }, context: RequestContext) {
      const first = checkRange('users', 'first', args.first ?? 50, 1, Math.min(100, context.limits.maxPageSize));
      const after = args.after ? decodeCursor('user', args.after, 'users') : null;
      const { users, total } = await listUsers(context.runner, first, after);
      return connectionOf('user', users, { first, after, totalCount: total }, (user: User) => ({ node: user }), (user) => user.login);
    },
  },
  Mutation: {
    createUser: (_: unknown, { input }: { input: { email: string; name: string; role: string; password: string } }, context: RequestContext) =>
      createAccount(writeOf(context), { ...input, role: roleOf(input.role) }, managerOf(context), context.origin),
    setUserRole: (_: unknown, args: { id: string; role: string; reason?: string | null }, context: RequestContext) =>
      changeRole(writeOf(context), args.id, roleOf(args.role), managerOf(context), context.origin, reasonOf(args.reason)),
    disableUser: (_: unknown, args: { id: string; reason?: string | null }, context: RequestContext) =>
      disableAccount(writeOf(context), args.id, managerOf(context), context.origin, reasonOf(args.reason)),
  },
  User: {
    role: (user: User) => user.role.toUpperCase(),
    signInMethod: (user: User) => (user.externalId ? 'IDENTITY_PROVIDER' : 'PASSWORD'),
  },
};
