import type { ManagedTransaction } from 'neo4j-driver';
import type { Role } from '../../model/access.js';
import { appendAuditEvent } from '../audit/audit-log.js';
import { BadInputError, ForbiddenError, NotFoundError } from '../database/errors.js';
import { hashPassword, passwordProblem } from './passwords.js';
import { revokeSessionsOf } from './sessions.js';
import { insertUser, updateUser, userSnapshot, type NewUser, type User, type UserChanges } from './users.js';
import type { RequestOrigin } from './viewer.js';

/** Runs one write transaction: a request's (`context.runner.write`) or a script's. */
export type WriteTransaction = <T>(work: (transaction: ManagedTransaction) => Promise<T>) => Promise<T>;

/** Who manages accounts, as the audit trail names them: an admin, or the command line ('cli'). */
export interface AccountManager {
  userId: string;
  name: string;
}

/** The command line's name in the audit trail: whoever can run it can reach the database anyway. */
export const COMMAND_LINE: AccountManager = { userId: 'cli', name: 'command line (npm run user)' };

/**
 * Account management, shared by the admins' GraphQL mutations and `npm run user`: each change is
 * one transaction with its audit event (USER_CREATED, USER_CHANGED, before and after, never the
 * password hash). Who may call these is the role guard's business, not theirs.
 */
export async function createAccount(
  write: WriteTransaction,
  input: { email: string; name: string; role: Role; password: string },
  manager: AccountManager,
  origin: RequestOrigin,
): Promise<User> {
  const problem = passwordProblem(input.password);
  if (problem) throw new BadInputError(`password: ${problem}`);
  const passwordHash = await hashPassword(input.password);
  return write((transaction) => insertAuditedUser(transaction, { email: input.email, name: input.name, role: input.role, passwordHash }, manager, origin));
}

/**
 * Creates an account and its USER_CREATED event in the caller's transaction; `manager` null: the
 * account creates itself (a first sign-in through the identity provider).
 */
export async function insertAuditedUser(
  transaction: ManagedTransaction,
  input: NewUser,
  manager: AccountManager | null,
  origin: RequestOrigin,
  reason?: string,
): Promise<User> {
  const user = await insertUser(transaction, input);
  await appendAuditEvent(transaction, {
    action: 'USER_CREATED',
    actor: manager ?? { userId: user.id, name: user.name },
    subjectKind: 'USER',
    subjectId: user.id,
    after: userSnapshot(user),
    reason,
    origin,
  });
  return user;
}

/** Gives an account another role; it applies from the account's next request. */
export function changeRole(write: WriteTransaction, id: string, role: Role, manager: AccountManager, origin: RequestOrigin, reason?: string): Promise<User> {
  return changeAccount(write, id, { role }, manager, origin, reason ?? `role set to ${role}`);
}

/** Disables an account: it cannot sign in, and every session it has ends now. */
export function disableAccount(write: WriteTransaction, id: string, manager: AccountManager, origin: RequestOrigin, reason?: string): Promise<User> {
  return changeAccount(write, id, { disabled: true }, manager, origin, reason ?? 'account disabled');
}

async function changeAccount(
  write: WriteTransaction,
  id: string,
  changes: UserChanges,
  manager: AccountManager,
  origin: RequestOrigin,
  reason: string,
): Promise<User> {
  // Four eyes for admins too: an admin cannot lock themselves out, nor raise or lower themselves.
  if (id === manager.userId) throw new ForbiddenError('You cannot change your own account: ask another admin.');
  return write(async (transaction) => {
    const changed = await updateUser(transaction, id, changes);
    if (!changed) throw new NotFoundError('user', id);
    if (changes.disabled) await revokeSessionsOf(transaction, id);
    await appendAuditEvent(transaction, {
      action: 'USER_CHANGED',
      actor: { userId: manager.userId, name: manager.name },
      subjectKind: 'USER',
      subjectId: id,
      before: userSnapshot(changed.before),
      after: userSnapshot(changed.after),
      reason,
      origin,
    });
    return changed.after;
  });
}
