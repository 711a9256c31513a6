import { appendAuditEvent } from '../audit/audit-log.js';
import type { Executor } from '../database/executor.js';
import type { Logger } from '../logger.js';
import type { LoginThrottle } from './login-throttle.js';
import { passwordMatches } from './passwords.js';
import type { OpenedSession, SessionStore } from './sessions.js';
import { findUserByLogin, foldLogin, MAX_EMAIL_LENGTH, type User } from './users.js';
import type { RequestOrigin } from './viewer.js';

export type SignInResult =
  | { outcome: 'signed-in'; user: User; session: OpenedSession }
  /** Unknown account, wrong password or disabled account: the caller answers all three alike. */
  | { outcome: 'refused' }
  | { outcome: 'throttled'; retryAfterSeconds: number };

type RefusalReason = 'unknown account' | 'wrong password' | 'account disabled' | 'too many refused sign-ins' | `identity provider: ${string}`;

/**
 * Signing in and out. Each sign-in opens a new session (a session id the browser had before is
 * never promoted, and is ended if it was live) in one transaction with its audit event; each
 * refusal is logged (never with the password) and audited, and counted by the throttle.
 */
export class SignInService {
  constructor(
    private readonly executor: Executor,
    private readonly sessions: SessionStore,
    private readonly throttle: LoginThrottle,
    private readonly logger: Logger,
    private readonly writeTimeoutMillis: number,
  ) {}

  async signIn(input: { email: string; password: string; origin: RequestOrigin; previousToken: string | null }): Promise<SignInResult> {
    const login = foldLogin(input.email).slice(0, MAX_EMAIL_LENGTH);
    const retryAfterSeconds = this.throttle.retryAfterSeconds(login, input.origin.address);
    if (retryAfterSeconds !== null) {
      await this.refuse(login, await findUserByLogin(this.executor, login), 'too many refused sign-ins', input.origin);
      return { outcome: 'throttled', retryAfterSeconds };
    }
    const user = await findUserByLogin(this.executor, login);
    // The password is checked whether or not the account exists (against a dummy hash if not),
    // and before looking at whether it is disabled: the time taken tells nothing either.
    const matches = await passwordMatches(user?.passwordHash, input.password);
    const reason: RefusalReason | null = !user ? 'unknown account' : !matches ? 'wrong password' : user.disabled ? 'account disabled' : null;
    if (reason || !user) {
      this.throttle.recordFailure(login, input.origin.address);
      await this.refuse(login, user, reason ?? 'unknown account', input.origin);
      return { outcome: 'refused' };
    }
    this.throttle.recordSuccess(login);
    const session = await this.openSession(user, input.origin, input.previousToken, 'password');
    return { outcome: 'signed-in', user, session };
  }

  /**
   * Opens a session for an account already vouched for (a password checked, or the identity
   * provider's answer), ending the browser's previous session if it had one.
   */
  async openSession(user: User, origin: RequestOrigin, previousToken: string | null, method: 'password' | 'oidc'): Promise<OpenedSession> {
    const session = await this.executor.writeTransaction(
      async (transaction) => {
        if (previousToken) await this.sessions.revoke(transaction, previousToken);
        const opened = await this.sessions.open(transaction, user);
        await appendAuditEvent(transaction, {
          action: 'SIGN_IN',
          actor: { userId: user.id, name: user.name },
          subjectKind: 'SESSION',
          subjectId: opened.id,
          reason: method === 'password' ? 'signed in with a password' : 'signed in through the identity provider',
          relatedId: user.id,
          origin,
        });
        return opened;
      },
      { timeoutMillis: this.writeTimeoutMillis },
    );
    this.logger.info({ userId: user.id, sessionId: session.id, method, address: origin.address }, 'signed in');
    return session;
  }

  /** Ends the session of `token`, if live; true when there was one to end. */
  async signOut(token: string, origin: RequestOrigin): Promise<boolean> {
    const ended = await this.executor.writeTransaction(
      async (transaction) => {
        const revoked = await this.sessions.revoke(transaction, token);
        if (!revoked) return null;
        await appendAuditEvent(transaction, {
          action: 'SIGN_OUT',
          actor: { userId: revoked.userId, name: revoked.userName },
          subjectKind: 'SESSION',
          subjectId: revoked.id,
          relatedId: revoked.userId,
          origin,
        });
        return revoked;
      },
      { timeoutMillis: this.writeTimeoutMillis },
    );
    if (ended) this.logger.info({ userId: ended.userId, sessionId: ended.id }, 'signed out');
    return ended !== null;
  }

  /** Logs (never with a password) and audits a refused sign-in; `login` names the account tried. */
  async refuse(login: string, user: User | null, reason: RefusalReason, origin: RequestOrigin): Promise<void> {
    this.logger.warn({ login, userId: user?.id, reason, address: origin.address }, 'sign-in refused');
    await this.executor.writeTransaction(
      (transaction) =>
        appendAuditEvent(transaction, {
          action: 'SIGN_IN_REFUSED',
          actor: null,
          subjectKind: 'USER',
          subjectId: user?.id ?? login,
          reason,
          origin,
        }),
      { timeoutMillis: this.writeTimeoutMillis },
    );
  }
}
