import type { GraphQLArmorConfig } from '@escape.tech/graphql-armor-types';

/**
 * Abuse limits per operation (graphql-armor). Generous for real analyst queries — the deepest
 * useful one (neighbourhood → edges → from → evidence → source → title) is depth 6 — and
 * tight enough that no single request can make the database walk the whole graph many times.
 */
export const OPERATION_LIMITS = {
  maxDepth: { n: 8 },
  maxAliases: { n: 15 },
  maxDirectives: { n: 20 },
  maxTokens: { n: 1_500 },
  costLimit: { maxCost: 5_000 },
  blockFieldSuggestion: { enabled: true },
} satisfies GraphQLArmorConfig;
