import { GraphQLError, type ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';

export function isPlainResult(result: unknown): result is ExecutionResult {
  return typeof result === 'object' && result !== null && !(Symbol.asyncIterator in result);
}

/** A copy of the error with other extensions (GraphQL errors are not to be mutated: they may be shared). */
export function withExtensions(error: GraphQLError, extensions: Record<string, unknown>): GraphQLError {
  return new GraphQLError(error.message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    path: error.path,
    originalError: error.originalError,
    extensions,
  });
}

function statusFor(error: GraphQLError, executed: boolean): GraphQLError {
  const { http, ...extensions } = error.extensions as { http?: Record<string, unknown> };
  if (!http) return error;
  return withExtensions(error, executed ? extensions : { ...extensions, http: { ...http, spec: true } });
}

/**
 * Without its database the operation could not run at all: whatever fields resolved before the
 * outage are no answer, so the response is the one error, without data, with its 503 and
 * Retry-After for either media type (see below).
 */
function outageError(error: GraphQLError): GraphQLError {
  return new GraphQLError(error.message, { extensions: { code: error.extensions.code, http: error.extensions.http } });
}

/** Request errors raised by execute() itself (a variable of the wrong type, an unknown operation) carry no code. */
function codeFor(error: GraphQLError): GraphQLError {
  return error.extensions.code ? error : withExtensions(error, { ...error.extensions, code: 'BAD_USER_INPUT' });
}

/**
 * Status codes as the GraphQL-over-HTTP spec has them, for errors raised while executing (an
 * ApiError carries its preferred status in `extensions.http`):
 * - the operation produced data, even partial: 200 (the spec's MUST), whatever the field errors;
 * - it produced none (`data: null`, e.g. a refused argument): the ApiError's status (400…)
 *   for `application/graphql-response+json`, the media type whose status codes clients may
 *   trust, and 200 for legacy `application/json` (yoga skips `spec` statuses there);
 * - the database was unreachable: no data at all and 503 with `Retry-After`, for BOTH media
 *   types, so that clients, monitors and load balancers see an outage as one. For
 *   `application/json` the spec says a well-formed request SHOULD get 200, but "allows the use
 *   of 4xx or 5xx status codes for a failed well-formed GraphQL-over-HTTP request" (for legacy
 *   servers, "strongly discouraged"); an operation that could not be executed at all because the
 *   service behind it is down is the one case where we take that allowance: the status is then
 *   true whoever produced it, and the spec's warning (a non-200 body may come from an
 *   intermediary) costs a client nothing, since "unavailable, retry" is all it needs to know.
 * The spec recommends 200 even without data; 400 and 503 tell a refused request and an outage
 * apart without reading the body, which is what graphql-response+json is for.
 * Requests refused before execution (syntax, validation, limits, variables) keep yoga's 400;
 * those that graphql-js refuses without a code get BAD_USER_INPUT.
 */
export function useSpecStatusCodes(): Plugin {
  return {
    onExecutionResult({ result, setResult }) {
      if (!isPlainResult(result) || !result.errors?.length) return;
      if (!('data' in result)) {
        setResult({ ...result, errors: result.errors.map(codeFor) });
        return;
      }
      const outage = result.errors.find((error) => error.extensions.code === 'DATABASE_UNAVAILABLE');
      if (outage) {
        setResult({ errors: [outageError(outage)] });
        return;
      }
      const executed = result.data !== null && result.data !== undefined;
      setResult({ ...result, errors: result.errors.map((error) => statusFor(error, executed)) });
    },
  };
}
