import type { Role } from '../../model/access.js';

/** The signed-in user a request acts for, as the session (or the identity provider) vouches. */
export interface Viewer {
  userId: string;
  /** What the audit trail and the review queue show: the user's display name. */
  name: string;
  role: Role;
  /** The server-side session this request came with: sign-out revokes it. */
  sessionId: string;
}

/** Where a request came from, for the audit trail and the login rate limits. */
export interface RequestOrigin {
  requestId: string;
  /** The client's address as the socket (or a trusted proxy) reports it. */
  address: string;
}

/**
 * Finds who a request acts for (null: nobody signed in). The session store implements it
 * (server/auth/sessions); the GraphQL context calls it once per request.
 */
export interface Authenticator {
  viewerOf(request: Request): Promise<Viewer | null>;
}

/** No accounts at all: every request is anonymous (tests of the read API, benches). */
export const NO_AUTHENTICATION: Authenticator = { viewerOf: async () => null };
