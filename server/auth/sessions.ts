import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { ManagedTransaction } from 'neo4j-driver';
import { readQuery } from '../../cypher/index.js';
import type { SessionSettings } from '../config.js';
import type { Executor } from '../database/executor.js';
import type { Logger } from '../logger.js';
import { userOf, type User } from './users.js';
import type { Authenticator, Viewer } from './viewer.js';

/** The cookie that carries a session's token; the server keeps only the token's hash. */
export const SESSION_COOKIE = 'nexus_session';

/** A session's last use is written at most this often (a request a second need not write a second). */
export const LAST_SEEN_RESOLUTION_MILLIS = 60_000;

/** Milliseconds since the epoch: injected so that tests can move time on. */
export type Clock = () => number;

export interface OpenedSession {
  id: string;
  /** 32 random bytes, base64url: goes to the browser once, in the cookie, and nowhere else. */
  token: string;
  absoluteExpiresAt: number;
  /** How long the cookie should live: the session's absolute lifetime. */
  maxAgeMillis: number;
}

export function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** The session token of a Cookie header, if it carries one. */
export function sessionTokenOf(cookieHeader: string | null | undefined): string | null {
  if (!cookieHeader) return null;
  for (const part of cookieHeader.split(';')) {
    const separator = part.indexOf('=');
    if (separator > 0 && part.slice(0, separator).trim() === SESSION_COOKIE) {
      const value = part.slice(separator + 1).trim();
      // A token this server issued is 43 base64url characters; anything else is not looked up.
      return /^[A-Za-z0-9_-]{43}$/.test(value) ? value : null;
    }
  }
  return null;
}

/** The Set-Cookie value that hands a browser its session: script cannot read it, other sites never send it. */
export function sessionCookie(token: string, maxAgeMillis: number): string {
  return `${SESSION_COOKIE}=${token}; Path=/; Max-Age=${Math.floor(maxAgeMillis / 1000)}; HttpOnly; Secure; SameSite=Strict`;
}

/** The Set-Cookie value that makes a browser forget its session cookie. */
export function expiredSessionCookie(): string {
  return `${SESSION_COOKIE}=; Path=/; Max-Age=0; HttpOnly; Secure; SameSite=Strict`;
}

const iso = (millis: number) => new Date(millis).toISOString();

/** Ends every live session of an account, in the caller's transaction (it was disabled): how many. */
export async function revokeSessionsOf(transaction: ManagedTransaction, userId: string, now = Date.now()): Promise<number> {
  const result = await transaction.run(readQuery('sessions-revoke-of-user'), { userId, now: iso(now) });
  return Number(result.records[0]?.get('revoked') ?? 0);
}

/**
 * Server-side sessions (:Session nodes): any API replica can check a cookie, and signing out (or
 * disabling the account) ends the session everywhere at once. A session ends after
 * SESSION_IDLE_MINUTES without a request, SESSION_ABSOLUTE_HOURS after sign-in, at sign-out, or
 * when its account is disabled; its account's current role applies to every request.
 */
export class SessionStore {
  constructor(
    private readonly executor: Executor,
    private readonly settings: SessionSettings,
    private readonly logger: Logger,
    readonly clock: Clock = Date.now,
  ) {}

  /** Opens a new session for `user` in the caller's transaction (the sign-in's, with its audit event). */
  async open(transaction: ManagedTransaction, user: User): Promise<OpenedSession> {
    const now = this.clock();
    const token = randomBytes(32).toString('base64url');
    const absoluteExpiresAt = now + this.settings.absoluteMillis;
    const session = {
      id: `session:${randomUUID()}`,
      tokenHash: tokenHash(token),
      userId: user.id,
      createdAt: iso(now),
      lastSeenAt: iso(now),
      idleExpiresAt: iso(Math.min(now + this.settings.idleMillis, absoluteExpiresAt)),
      absoluteExpiresAt: iso(absoluteExpiresAt),
    };
    await transaction.run(readQuery('session-create'), { session });
    return { id: session.id, token, absoluteExpiresAt, maxAgeMillis: this.settings.absoluteMillis };
  }

  /** Ends the live session of `token` in the caller's transaction: its id and user, or null if none was live. */
  async revoke(transaction: ManagedTransaction, token: string): Promise<{ id: string; userId: string; userName: string } | null> {
    const result = await transaction.run(readQuery('session-revoke'), { tokenHash: tokenHash(token), now: iso(this.clock()) });
    const row = result.records[0];
    if (!row) return null;
    const userId = String(row.get('userId'));
    return { id: String(row.get('id')), userId, userName: String(row.get('userName') ?? userId) };
  }

  /** The signed-in user a token stands for, or null: unknown, revoked, expired, or its account disabled. */
  async viewerOfToken(token: string): Promise<Viewer | null> {
    const hash = tokenHash(token);
    const [row] = await this.executor.read(readQuery('session-by-token'), { tokenHash: hash });
    if (!row?.session || !row.user) return null;
    const session = row.session as Record<string, unknown>;
    const user = userOf(row.user as Record<string, unknown>);
    const now = this.clock();
    if (session.revokedAt || user.disabled) return null;
    const absoluteExpiresAt = Date.parse(String(session.absoluteExpiresAt));
    if (now >= Date.parse(String(session.idleExpiresAt)) || now >= absoluteExpiresAt) return null;
    if (now - Date.parse(String(session.lastSeenAt)) >= LAST_SEEN_RESOLUTION_MILLIS) {
      await this.touch(hash, now, absoluteExpiresAt);
    }
    return { userId: user.id, name: user.name, role: user.role, sessionId: String(session.id) };
  }

  private async touch(hash: string, now: number, absoluteExpiresAt: number): Promise<void> {
    const idleExpiresAt = iso(Math.min(now + this.settings.idleMillis, absoluteExpiresAt));
    try {
      await this.executor.writeTransaction((transaction) => transaction.run(readQuery('session-touch'), { tokenHash: hash, now: iso(now), idleExpiresAt }), {
        timeoutMillis: 5_000,
      });
    } catch (error) {
      // The request goes on: its session was valid when checked. The next request tries again.
      this.logger.warn({ err: error }, 'could not record a session as used');
    }
  }
}

/** Reads the session cookie of each request (server/graphql/yoga.ts asks it once per request). */
export function createSessionAuthenticator(sessions: SessionStore): Authenticator {
  return {
    async viewerOf(request: Request): Promise<Viewer | null> {
      const token = sessionTokenOf(request.headers.get('cookie'));
      return token ? sessions.viewerOfToken(token) : null;
    },
  };
}
