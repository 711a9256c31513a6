import { DATASET_IDS } from '../../model/data-model.js';
import type { Logger } from '../logger.js';
import type { NexusYoga } from './yoga.js';

/**
 * Requests that make Neo4j plan the server's query texts once, at start-up. The texts are
 * expanded (a branch per relation type, a copy of the hop per depth, one text per path length),
 * and planning one takes Neo4j 2–4 s when cold, against ~30 ms once cached: without this, the
 * first user's first view pays it, and on a loaded machine can run into the read timeout.
 * Filters are left null as the explorer sends them, because Neo4j keys cached plans by the
 * parameter types too. `$id` and `$other` are real ids read from the graph first.
 */
export const WARM_UP_OPERATIONS: readonly string[] = [
  ...[1, 2, 3].map((depth) => `query WarmUpNeighbourhood${depth}($id: ID!) {
  neighbourhood(id: $id, depth: ${depth}, limit: 20) { truncated nodes { id } edges { id } }
}`),
  `query WarmUpEntity($id: ID!) {
  entity(id: $id) {
    id aliases evidence { quote source { id title } }
    datasets { id title } names { name quality language }
    statements(first: 20) { totalCount nodes { id locator quote dataset { id } } }
    relations(first: 50) { totalCount edges { cursor direction node { id type doubt conflict datasets { id } } neighbour { id name } } }
    relationGroups { type direction kind count }
  }
}`,
  `query WarmUpPaths($id: ID!, $other: ID!) {
  paths(fromId: $id, toId: $other) { nodes { id } edges { id } }
}`,
  `query WarmUpSearch { search(text: "un") { nodes { entity { id } } } }`,
  `query WarmUpPartnerRoles($id: ID!) {
  partnerRoles(projectId: $id) { totalCount nodes { role actor { id } target { id } relation { id } } }
}`,
  `query WarmUpTimeline { timeline { nodes { id } } }`,
  `query WarmUpOverview { stats { entities sources } entities(first: 20) { totalCount nodes { id } } sources { id } }`,
  // The whole-network overview's first page as the explorer asks for it (every layer named): on
  // the curated graph and on the wider one it runs past the entities into the relations, so both
  // of its queries are planned.
  `query WarmUpNetwork {
  network(datasetIds: ${JSON.stringify([...DATASET_IDS])}, first: 2000) { nodes { id } edges { id } pageInfo { endCursor } }
}`,
];

const FIRST_ENTITIES = 'query WarmUpIds { entities(first: 2) { nodes { id } } }';

export interface WarmUpReport {
  operations: number;
  failed: number;
  millis: number;
}

/** Only the ids of the first request are read; the others' answers are thrown away. */
interface Answer {
  data?: { entities?: { nodes?: { id: string }[] } } | null;
  errors?: { message: string }[];
}

async function ask(yoga: NexusYoga, query: string, variables: Record<string, unknown>): Promise<Answer> {
  const response = await yoga.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as Answer;
}

/**
 * Runs every warm-up operation once, one after the other (so it never competes with users for
 * more than one transaction at a time) until `stop` fires (the server closes); never throws: a
 * failure is logged and counted.
 */
export async function warmUpQueryPlans(yoga: NexusYoga, logger: Logger, stop: AbortSignal): Promise<WarmUpReport> {
  const started = Date.now();
  let ran = 0;
  let failed = 0;
  const ids = await ask(yoga, FIRST_ENTITIES, {}).catch((): Answer => ({}));
  const [id, other] = (ids.data?.entities?.nodes ?? []).map((node) => node.id);
  if (!id || !other) {
    logger.info('query plans not warmed up: the graph has fewer than two entities, or did not answer');
    return { operations: 0, failed: 0, millis: Date.now() - started };
  }
  for (const query of WARM_UP_OPERATIONS) {
    if (stop.aborted) break;
    ran += 1;
    const result = await ask(yoga, query, { id, other }).catch((error: unknown): Answer => ({ errors: [{ message: String(error) }] }));
    if (result.errors?.length) {
      failed += 1;
      logger.warn({ query: query.slice(0, 40), errors: result.errors.map((error) => error.message) }, 'warm-up request failed');
    }
  }
  const report = { operations: ran, failed, millis: Date.now() - started };
  logger.info(report, 'query plans warmed up');
  return report;
}
