import type { GraphqlRequest } from './latency.js';

/**
 * The same question asked of this API and of @neo4j/graphql (typeDefs in peer-neo4j-graphql.ts),
 * on the same database: same subjects, same answer (ids, kinds and names; the relation ids).
 */
export interface PeerCase {
  name: string;
  ours(stateId: string): GraphqlRequest;
  theirs(stateId: string): GraphqlRequest;
}

export const PEER_CASES: PeerCase[] = [
  {
    name: '1-hop of a state, FUNDS only',
    ours: (id) => ({
      query: `query($id: ID!) { neighbourhood(id: $id, depth: 1, types: [FUNDS], limit: 200) { truncated nodes { id kind name } edges { id type from { id } to { id } } } }`,
      variables: { id },
    }),
    // Their connection pages at 200 like our `limit`; FUNDS only ever leaves a state.
    theirs: (id) => ({
      query: `query($id: ID!) { states(where: { id: { eq: $id } }) { id kind name
        fundsOutConnection(first: 200) { pageInfo { hasNextPage } edges { properties { id } node { ... on Project { id kind name } ... on Event { id kind name } } } } } }`,
      variables: { id },
    }),
  },
  {
    name: 'a state by id',
    ours: (id) => ({ query: 'query($id: ID!) { entity(id: $id) { id kind name aliases } }', variables: { id } }),
    theirs: (id) => ({ query: 'query($id: ID!) { states(where: { id: { eq: $id } }) { id kind name aliases } }', variables: { id } }),
  },
];
