import type { GraphQLArmorConfig, GraphQLArmorRejectCallback } from '@escape.tech/graphql-armor-types';
import { GraphQLError } from 'graphql';
import { BadInputError } from '../database/errors.js';

/** Every abuse limit an operator can set (server/config.ts reads them from the environment). */
export interface Limits {
  /** Deepest selection nesting per operation. */
  maxDepth: number;
  maxAliases: number;
  maxDirectives: number;
  /** Lexical tokens per document: bounds the parser's work before anything else runs. */
  maxTokens: number;
  /**
   * Estimated database work of one operation, in rows (server/graphql/work-cost.ts): each
   * neighbourhood's depth × limit, each page's first, paths' 20 × maxLength², multiplied by
   * the items they are nested in; arguments from literals, variables or defaults.
   */
  maxCost: number;
  /** Largest `first` of a connection (`entities`, `relations`). */
  maxPageSize: number;
  maxNeighbourhoodDepth: number;
  /** Largest `limit` of `neighbourhood`. */
  maxSubgraphNodes: number;
}

/**
 * Generous for real analyst queries — the deepest useful one (entity → relations → edges → node
 * → evidence → source → title) is depth 7 — and tight enough that no single request can make the
 * database walk the whole graph many times over.
 */
export const DEFAULT_LIMITS: Limits = {
  maxDepth: 10,
  maxAliases: 15,
  maxDirectives: 20,
  maxTokens: 1_500,
  // The explorer's twelve one-hop neighbourhoods of 200 cost 2,400, the cookbook's recipes at
  // most 2,600; fifteen three-hop neighbourhoods of 500 (22,500) are refused.
  maxCost: 10_000,
  maxPageSize: 100,
  maxNeighbourhoodDepth: 3,
  maxSubgraphNodes: 500,
};

/**
 * Bounds fixed by the Cypher itself rather than by configuration: the path query's pattern has
 * a literal upper length and a literal number of paths (Neo4j 5.26 takes no parameter there).
 */
export const FIXED_BOUNDS = {
  maxPathLength: 6,
  maxPaths: 10,
  maxSearchHits: 50,
  maxSearchTextLength: 200,
} as const;

/**
 * Reports a refused operation as a validation error with the code the resolvers use for bounds,
 * so that it is answered 400 without running; armor's own wording starts "Syntax Error", which
 * it is not. (Thrown instead, as armor does by default, it would come back as a 200.)
 */
function refusal(setting: string): { propagateOnRejection: false; onReject: GraphQLArmorRejectCallback[] } {
  const report: GraphQLArmorRejectCallback = (context, error) => {
    const message = `${error.message.replace(/^Syntax Error: /, '')} Ask for less in one operation (server setting ${setting}).`;
    context?.reportError(new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } }));
  };
  return { propagateOnRejection: false, onReject: [report] };
}

/** graphql-armor's configuration for the given limits. */
export function armorConfig(limits: Limits): GraphQLArmorConfig {
  return {
    // Fragments (`... on Event`) are how interface fields are read: they add no depth or cost.
    maxDepth: { n: limits.maxDepth, flattenFragments: true, ...refusal('GRAPHQL_MAX_DEPTH') },
    maxAliases: { n: limits.maxAliases, ...refusal('GRAPHQL_MAX_ALIASES') },
    maxDirectives: { n: limits.maxDirectives, ...refusal('GRAPHQL_MAX_DIRECTIVES') },
    // Counted while parsing, before there is a validation context: armor throws a syntax error.
    maxTokens: { n: limits.maxTokens },
    // Armor's cost counts fields, not the work behind them: work-cost.ts limits the work instead.
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: true },
  };
}

/** Refuses an integer argument outside [min, max] with a message naming the field and the bounds. */
export function checkRange(field: string, argument: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new BadInputError(`${field}: ${argument} must be between ${min} and ${max}, got ${value}.`);
  }
  return value;
}
