import { GraphQLError, type ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';

function isPlainResult(result: unknown): result is ExecutionResult {
  return typeof result === 'object' && result !== null && !(Symbol.asyncIterator in result);
}

/** A copy of the error with other extensions (GraphQL errors are not to be mutated: they may be shared). */
function withExtensions(error: GraphQLError, extensions: Record<string, unknown>): GraphQLError {
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
 * outage are no answer, so the response is the one error, without data, hence a 5xx.
 */
function outageError(error: GraphQLError): GraphQLError {
  const http = error.extensions.http as Record<string, unknown>;
  return new GraphQLError(error.message, { extensions: { code: error.extensions.code, http: { ...http, spec: true } } });
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
 * - the database was unreachable: no data at all and 503 (200 for `application/json`), so that
 *   clients and load balancers see an outage as one.
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
