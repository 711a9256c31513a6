import { GraphQLError, type ExecutionResult, type ValidationRule } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { currentRequestId } from '../logger.js';
import { isPlainResult, withExtensions } from './status-codes.js';

type Extensions = Record<string, unknown> & { code?: string; http?: { status?: number; spec?: boolean } };

/**
 * An operation type the schema lacks (`subscription`): graphql-js 16 lets it through validation
 * and answers from `execute` with `data: null` and no code, hence a 200. Such an operation can
 * never run: refuse it as invalid, 400 in every media type (as a mutation sent with GET is
 * refused 405 whatever the client accepts).
 */
export const OperationTypeSupportedRule: ValidationRule = (context) => ({
  OperationDefinition(node) {
    if (node.operation === 'query' || context.getSchema().getRootType(node.operation)) return;
    context.reportError(
      new GraphQLError(`The API answers queries and mutations only: it has no ${node.operation} operations.`, {
        nodes: node,
        extensions: { code: 'GRAPHQL_VALIDATION_FAILED', http: { status: 400, spec: false } },
      }),
    );
  },
});

/** A GET's `variables` or `extensions` that are not JSON: yoga's parser lets JSON.parse throw, a 500. */
function malformedParameters(): GraphQLError {
  return new GraphQLError('The "variables" and "extensions" URL parameters must be JSON objects.', {
    extensions: { code: 'BAD_REQUEST', http: { status: 400 } },
  });
}

function isServerFault(extensions: Extensions): boolean {
  return (extensions.http?.status ?? 0) >= 500 || extensions.code === 'INTERNAL_SERVER_ERROR' || extensions.unexpected === true;
}

/**
 * How a request error reaches the client:
 * - never with what the client sent: yoga copies JSON.parse's message (which quotes the body)
 *   into `extensions.originalError`; it is dropped;
 * - a malformed request (BAD_REQUEST: invalid JSON, no query…) is a 400 in both media types,
 *   as the GraphQL-over-HTTP spec has it for `application/json` too (yoga answers 200 there);
 * - a server fault (5xx) names the request id, which is on the log lines that explain it.
 */
function clarified(error: GraphQLError, requestId: string | undefined): GraphQLError {
  const { originalError, ...extensions } = error.extensions as Extensions;
  const malformed = extensions.code === 'BAD_REQUEST' && extensions.http?.spec === true;
  const identify = requestId !== undefined && isServerFault(extensions);
  if (originalError === undefined && !malformed && !identify) return error;
  if (malformed) extensions.http = { ...extensions.http, spec: false };
  if (identify) extensions.requestId = requestId;
  return withExtensions(error, extensions);
}

function clarifiedResult(result: ExecutionResult, requestId: string | undefined): ExecutionResult {
  if (!result.errors?.length) return result;
  return { ...result, errors: result.errors.map((error) => clarified(error, requestId)) };
}

/** Request errors that say what went wrong, with the right status, and nothing the client sent. */
export function useRequestErrors(): Plugin {
  return {
    onRequestParse({ requestParser, setRequestParser }) {
      if (!requestParser) return;
      setRequestParser(async (request) => {
        try {
          return await requestParser(request);
        } catch (error) {
          throw error instanceof SyntaxError ? malformedParameters() : error;
        }
      });
    },
    onValidate({ addValidationRule }) {
      addValidationRule(OperationTypeSupportedRule);
    },
    onResultProcess({ result, setResult }) {
      const requestId = currentRequestId();
      if (Array.isArray(result)) setResult(result.map((one) => clarifiedResult(one, requestId)));
      else if (isPlainResult(result)) setResult(clarifiedResult(result, requestId));
    },
  };
}
