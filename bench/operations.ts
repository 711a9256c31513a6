import { readQuery } from '../cypher/index.js';
import { PARTNER_ROLE_RELATIONS, PARTNER_ROLES } from '../model/data-model.js';
import { luceneQuery } from '../server/search/lucene-query.js';

type Row = Record<string, unknown>;
export type RunCypher = (query: string, parameters: Row) => Promise<Row[]>;

/**
 * One operation of the benchmark's mix: a contract query as an analyst sends it, and the same
 * work done with the raw driver — the Cypher the API runs for it, in the same order, with the
 * same parameters, its rows serialised as they come.
 */
export interface Operation {
  name: string;
  graphql: { query: string; variables?: Row };
  raw(run: RunCypher): Promise<unknown>;
}

const PROJECT = 'project:terrorism-arms-crime-nexus';
const evidenceSources = (records: Row[]) => records.flatMap((record) => (record.evidenceSources as string[] | undefined) ?? []);

export const OPERATIONS: Operation[] = [
  {
    name: 'search',
    graphql: { query: '{ search(text: "Kazak", first: 5) { matched score entity { id kind name } } }' },
    raw: (run) => run(readQuery('search'), { query: luceneQuery('Kazak'), kinds: null, first: 50 }),
  },
  {
    name: 'entity with relations and evidence',
    graphql: {
      query: `query($id: ID!) { entity(id: $id) { id name aliases evidence { quote source { id title } }
        relations(first: 20) { totalCount edges { direction neighbour { id name } node { id type startDate endDate title role evidence { quote source { id title } } } } } } }`,
      variables: { id: 'org:unodc' },
    },
    async raw(run) {
      const [entity] = await run(readQuery('entities-by-id'), { ids: ['org:unodc'] });
      const [relations] = await run(readQuery('relations-of-entities'), {
        ids: ['org:unodc'], direction: 'BOTH', types: null, first: 20, after: null,
      });
      const page = ((relations?.page ?? []) as Row[]).map((item) => (item.relation as Row).properties as Row);
      const ids = [...new Set(evidenceSources([entity?.entity as Row, ...page]))];
      return [entity, relations, await run(readQuery('sources-by-id'), { ids })];
    },
  },
  {
    name: 'neighbourhood',
    graphql: {
      query: `{ neighbourhood(id: "${PROJECT}", depth: 2) { truncated nodes { id kind name } edges { id type from { id } to { id } } } }`,
    },
    raw: (run) => run(readQuery('neighbourhood'), { id: PROJECT, depth: 2, limit: 200, types: null, kinds: null }),
  },
  {
    name: 'paths',
    graphql: { query: '{ paths(fromId: "person:ghada-waly", toId: "state:SAU") { length nodes { id name } edges { id type from { id } to { id } } } }' },
    raw: (run) => run(readQuery('paths'), { fromId: 'person:ghada-waly', toId: 'state:SAU', maxLength: 6, first: 5, types: null }),
  },
  {
    name: 'partnerRoles',
    graphql: { query: `{ partnerRoles(projectId: "${PROJECT}") { role period actor { id name } target { id name } } }` },
    raw: (run) =>
      run(readQuery('partner-roles'), {
        relationTypes: PARTNER_ROLES.map((role) => PARTNER_ROLE_RELATIONS[role]),
        actorId: null,
        scopeIds: [PROJECT],
      }),
  },
  {
    name: 'timeline',
    graphql: { query: '{ timeline(from: "2020") { id name startDate endDate } }' },
    raw: (run) => run(readQuery('timeline'), { from: '2020', to: null }),
  },
  {
    name: 'entities',
    graphql: { query: '{ entities(first: 20) { totalCount pageInfo { hasNextPage endCursor } nodes { id kind name } } }' },
    raw: (run) => run(readQuery('entities-page'), { kinds: null, first: 20, after: null }),
  },
  {
    name: 'sources',
    graphql: { query: '{ sources { id title publisher date } }' },
    raw: (run) => run(readQuery('sources'), {}),
  },
  {
    name: 'stats',
    graphql: { query: '{ stats { entities relations sources byKind { kind count } byRelationType { type count } } }' },
    raw: (run) => run(readQuery('stats'), {}),
  },
];
