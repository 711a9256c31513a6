import { GraphQLError } from 'graphql';

/** The API's error codes; each maps to one GraphQL `extensions.code` and an HTTP status. */
export type ApiErrorCode = 'NOT_FOUND' | 'BAD_USER_INPUT' | 'DATABASE_UNAVAILABLE' | 'INTERNAL_SERVER_ERROR';

const HTTP_STATUS: Record<ApiErrorCode, number> = {
  NOT_FOUND: 200,
  BAD_USER_INPUT: 400,
  DATABASE_UNAVAILABLE: 503,
  INTERNAL_SERVER_ERROR: 500,
};

/** An error a client may see: a code and a message it can act on, nothing else. */
export class ApiError extends GraphQLError {
  constructor(readonly code: ApiErrorCode, message: string) {
    super(message, { extensions: { code, http: { status: HTTP_STATUS[code] } } });
  }
}

export class DatabaseUnavailableError extends ApiError {
  constructor() {
    super('DATABASE_UNAVAILABLE', 'The graph database is unavailable right now. Please retry in a few seconds.');
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
