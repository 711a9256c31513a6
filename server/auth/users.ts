import { randomUUID } from 'node:crypto';
import type { ManagedTransaction } from 'neo4j-driver';
import { z } from 'zod';
import { readQuery } from '../../cypher/index.js';
import { isRole, type Role } from '../../model/access.js';
import type { AuditSnapshot } from '../audit/audit-log.js';
import { BadInputError, ConflictError } from '../database/errors.js';
import type { Parameters, Row } from '../database/executor.js';

/** An account of the workspace, as stored (a :User node, never an :Entity). */
export interface User {
  /** 'user:<uuid>' */
  id: string;
  /** The email folded (trimmed, lower case): how sign-in finds the account. */
  login: string;
  email: string;
  name: string;
  role: Role;
  /** Argon2id; null for an account that signs in through the identity provider only. */
  passwordHash: string | null;
  /** 'issuer|subject' of an account the identity provider vouches for. */
  externalId: string | null;
  disabled: boolean;
  createdAt: string;
  version: number;
}

/** Reads: an Executor (scripts, the authenticator) or a request's QueryRunner. */
export interface Reader {
  read(query: string, parameters?: Parameters): Promise<Row[]>;
}

export const MAX_EMAIL_LENGTH = 254;
export const MAX_NAME_LENGTH = 200;

/** How an email becomes a login: the same person types it in any case, with stray spaces. */
export function foldLogin(email: string): string {
  return email.normalize('NFKC').trim().toLowerCase();
}

const emailSchema = z.email().max(MAX_EMAIL_LENGTH);

/** Checks a new account's email and name (at the boundary: the CLI, GraphQL, the identity provider). */
export function assertAccountFields(fields: { email: string; name: string }): void {
  if (!emailSchema.safeParse(fields.email.trim()).success) throw new BadInputError('email: give a valid email address.');
  const name = fields.name.trim();
  if (name.length === 0 || name.length > MAX_NAME_LENGTH) throw new BadInputError(`name: give a display name of 1 to ${MAX_NAME_LENGTH} characters.`);
}

export function userOf(properties: Record<string, unknown>): User {
  const role = String(properties.role);
  return {
    id: String(properties.id),
    login: String(properties.login),
    email: String(properties.email),
    name: String(properties.name),
    role: isRole(role) ? role : 'viewer',
    passwordHash: typeof properties.passwordHash === 'string' ? properties.passwordHash : null,
    externalId: typeof properties.externalId === 'string' ? properties.externalId : null,
    disabled: properties.disabled === true,
    createdAt: String(properties.createdAt),
    version: Number(properties.version ?? 1),
  };
}

/** What the audit trail keeps of an account: never its password hash. */
export function userSnapshot(user: User): AuditSnapshot {
  return { login: user.login, email: user.email, name: user.name, role: user.role, disabled: user.disabled, externalId: user.externalId };
}

async function oneUser(reader: Reader, query: string, parameters: Parameters): Promise<User | null> {
  const [row] = await reader.read(readQuery(query), parameters);
  return row?.user ? userOf(row.user as Record<string, unknown>) : null;
}

export function findUserByLogin(reader: Reader, email: string): Promise<User | null> {
  return oneUser(reader, 'user-by-login', { login: foldLogin(email) });
}

export function findUserById(reader: Reader, id: string): Promise<User | null> {
  return oneUser(reader, 'user-by-id', { id });
}

export function findUserByExternalId(reader: Reader, externalId: string): Promise<User | null> {
  return oneUser(reader, 'user-by-external-id', { externalId });
}

export interface NewUser {
  email: string;
  name: string;
  role: Role;
  passwordHash?: string | null;
  externalId?: string | null;
}

/** Creates an account in the caller's transaction; CONFLICT when one signs in with this email already. */
export async function insertUser(transaction: ManagedTransaction, input: NewUser, now = new Date()): Promise<User> {
  assertAccountFields(input);
  const user: User = {
    id: `user:${randomUUID()}`,
    login: foldLogin(input.email),
    email: input.email.trim(),
    name: input.name.trim(),
    role: input.role,
    passwordHash: input.passwordHash ?? null,
    externalId: input.externalId ?? null,
    disabled: false,
    createdAt: now.toISOString(),
    version: 1,
  };
  const result = await transaction.run(readQuery('user-create'), { user });
  const row = result.records[0];
  if (!row) throw new ConflictError(`An account already signs in with ${user.email}.`);
  return userOf(row.get('user') as Record<string, unknown>);
}

export type UserChanges = Partial<Pick<User, 'role' | 'disabled' | 'name'>>;

/** Changes an account in the caller's transaction: it before and after, or null when there is no such account. */
export async function updateUser(transaction: ManagedTransaction, id: string, changes: UserChanges): Promise<{ before: User; after: User } | null> {
  const result = await transaction.run(readQuery('user-update'), { id, changes });
  const row = result.records[0];
  if (!row) return null;
  return { before: userOf(row.get('before') as Record<string, unknown>), after: userOf(row.get('user') as Record<string, unknown>) };
}

/** One page of accounts in login order (`after`: the last login of the page before). */
export async function listUsers(reader: Reader, first: number, after: string | null): Promise<{ users: User[]; total: number }> {
  const [row] = await reader.read(readQuery('users-page'), { after, limit: first + 1 });
  const users = (row?.users ?? []) as Record<string, unknown>[];
  return { users: users.map(userOf), total: Number(row?.total ?? 0) };
}
