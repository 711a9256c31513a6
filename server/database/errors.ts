import { GraphQLError } from 'graphql';

/** The API's error codes; each maps to one GraphQL `extensions.code` and an HTTP status. */
export type ApiErrorCode =
  | 'NOT_FOUND'
  | 'BAD_USER_INPUT'
  | 'DATABASE_UNAVAILABLE'
  | 'DATABASE_TIMEOUT'
  | 'REQUEST_CANCELLED'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'CONFLICT'
  | 'TOO_MANY_REQUESTS'
  | 'INTERNAL_SERVER_ERROR';

const HTTP_STATUS: Record<ApiErrorCode, number> = {
  NOT_FOUND: 200,
  BAD_USER_INPUT: 400,
  DATABASE_UNAVAILABLE: 503,
  // The API is the gateway to the database here, and the database did not answer in time.
  DATABASE_TIMEOUT: 504,
  // Nobody reads it: the client went away (nginx's "client closed request").
  REQUEST_CANCELLED: 499,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  // The edit was made against a version that has changed since: re-read, then edit again.
  CONFLICT: 409,
  TOO_MANY_REQUESTS: 429,
  INTERNAL_SERVER_ERROR: 500,
};

/** How long a client should wait before retrying while the database is down (seconds). */
export const RETRY_AFTER_SECONDS = 2;

/** An error a client may see: a code and a message it can act on, nothing else. */
export class ApiError extends GraphQLError {
  constructor(readonly code: ApiErrorCode, message: string, headers?: Record<string, string>) {
    super(message, { extensions: { code, http: { status: HTTP_STATUS[code], ...(headers && { headers }) } } });
  }
}

export class DatabaseUnavailableError extends ApiError {
  constructor() {
    super('DATABASE_UNAVAILABLE', 'The graph database is unavailable right now. Please retry in a few seconds.', {
      'retry-after': String(RETRY_AFTER_SECONDS),
    });
  }
}

export class DatabaseTimeoutError extends ApiError {
  constructor(timeoutMillis: number) {
    super(
      'DATABASE_TIMEOUT',
      `The graph database did not answer within ${timeoutMillis / 1000} s. Retry later, or ask for less (a smaller depth, limit or page).`,
    );
  }
}

export class RequestCancelledError extends ApiError {
  constructor() {
    super('REQUEST_CANCELLED', 'The client closed the request before it was answered.');
  }
}

export class NotFoundError extends ApiError {
  constructor(what: string, id: string) {
    super('NOT_FOUND', `No ${what} has the id "${id}".`);
  }
}

export class BadInputError extends ApiError {
  constructor(message: string) {
    super('BAD_USER_INPUT', message);
  }
}

/** Nobody is signed in (or the session expired) and the field asks for a role. */
export class UnauthenticatedError extends ApiError {
  constructor(message = 'Sign in to do this.') {
    super('UNAUTHENTICATED', message);
  }
}

/** Signed in, but with a role that does not allow this. */
export class ForbiddenError extends ApiError {
  constructor(message: string) {
    super('FORBIDDEN', message);
  }
}

/** An edit made against a version that changed since; the message says what changed. */
export class ConflictError extends ApiError {
  constructor(message: string) {
    super('CONFLICT', message);
  }
}
