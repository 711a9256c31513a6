import type { Page, Route } from 'playwright-core';
import type { EntitySummary, Subgraph } from '../../client/src/core/graph/index.js';
import { graphqlEnumValue } from '../../model/data-model.js';
import { CENTRE_ID, SYNTHETIC_PREFIX } from './synthetic-subgraph.js';

interface GraphqlRequest {
  query: string;
  variables?: Record<string, unknown>;
}

const EMPTY: Subgraph = { nodes: [], edges: [], truncated: false };

/** An entity as the API sends it: its kind in GraphQL's spelling (`ORGANIZATION`). */
const asApiSends = (entity: EntitySummary) => ({ ...entity, kind: graphqlEnumValue(entity.kind) });

/**
 * Answers the explorer's questions about synthetic entities in the page itself, the way the API
 * would; everything else goes on to the real server. The client's documents (client/src/api/
 * documents.ts) are told apart by their operation names:
 * - `Neighbourhood` of the centre: the large subgraph (what an expand fetches);
 * - `Neighbourhoods` (a shared link's entities, then the background "links among the shown
 *   entities"): the centre alone, and nothing more for the others, whose relations all came
 *   with the centre's neighbourhood;
 * - `EntityDetails` (the details panel of the selection): the entity's summary.
 */
export async function stubSyntheticGraph(page: Page, neighbourhood: Required<Subgraph>): Promise<void> {
  const centre = asApiSends(neighbourhood.nodes.find((node) => node.id === CENTRE_ID)!);
  const entities = new Map(neighbourhood.nodes.map((node) => [node.id, asApiSends(node)]));
  // Serialised once: the benchmark times the client, not this handler.
  const neighbourhoodBody = JSON.stringify({ data: { neighbourhood: { ...neighbourhood, nodes: neighbourhood.nodes.map(asApiSends) } } });
  const isSynthetic = (value: unknown) => typeof value === 'string' && value.startsWith(SYNTHETIC_PREFIX);

  await page.route('**/graphql', async (route: Route) => {
    const request = route.request().postDataJSON() as GraphqlRequest | null;
    const variables = request?.variables ?? {};
    const operation = /^query (\w+)/.exec(request?.query ?? '')?.[1];
    if (operation === 'Neighbourhood' && variables.id === CENTRE_ID) {
      return route.fulfill({ contentType: 'application/json', body: neighbourhoodBody });
    }
    if (operation === 'Neighbourhoods' && Object.values(variables).every(isSynthetic)) {
      const answers = Object.entries(variables).map(([name, id]) => [name.replace(/^id/, 'n'), id === CENTRE_ID ? { ...EMPTY, nodes: [centre] } : EMPTY]);
      return route.fulfill({ json: { data: Object.fromEntries(answers) } });
    }
    if (operation === 'EntityDetails' && isSynthetic(variables.id)) {
      const entity = entities.get(variables.id as string);
      return route.fulfill({ json: { data: { entity: entity ? { ...entity, evidence: [] } : null } } });
    }
    return route.fallback();
  });
}
