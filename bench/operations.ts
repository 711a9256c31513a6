import { readQuery } from '../cypher/index.js';
import { PARTNER_ROLE_RELATIONS, PARTNER_ROLES } from '../model/data-model.js';
import { ENTITIES_PAGE } from '../server/entities/resolvers.js';
import { hopBounds, neighbourhoodQuery } from '../server/neighbourhood/neighbourhood-query.js';
import { PATHS_BY_LENGTH } from '../server/paths/resolvers.js';
import { DENSE_DEGREE, RELATIONS_OF_ENTITIES } from '../server/relations/loaders.js';
import { MAX_PROJECT_PARTS, PARTNER_ROLES_OF_SCOPE } from '../server/roles/partner-roles-queries.js';
import { luceneQuery } from '../server/search/lucene-query.js';
import { STATS } from '../server/stats/resolvers.js';

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
    graphql: { query: '{ search(text: "Kazak", first: 5) { nodes { matched score entity { id kind name } } } }' },
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
      const [relations] = await run(RELATIONS_OF_ENTITIES, {
        ids: ['org:unodc'], direction: 'BOTH', types: null, first: 20, after: '', denseDegree: DENSE_DEGREE,
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
    raw: (run) => run(neighbourhoodQuery(2), { id: PROJECT, limit: 200, types: null, kinds: null, asOf: null, datasets: null, ...hopBounds(200, null) }),
  },
  {
    name: 'paths',
    graphql: { query: '{ paths(fromId: "person:ghada-waly", toId: "state:SAU") { length nodes { id name } edges { id type from { id } to { id } } } }' },
    raw: (run) => run(PATHS_BY_LENGTH.get(6)!, { fromId: 'person:ghada-waly', toId: 'state:SAU', first: 5, types: null }),
  },
  {
    name: 'partnerRoles',
    graphql: { query: `{ partnerRoles(projectId: "${PROJECT}") { nodes { role period actor { id name } target { id name } } } }` },
    raw: (run) =>
      run(PARTNER_ROLES_OF_SCOPE, {
        relationTypes: PARTNER_ROLES.map((role) => PARTNER_ROLE_RELATIONS[role]),
        actorId: null,
        scopeIds: [PROJECT],
        first: 50,
        offset: 0,
        maxParts: MAX_PROJECT_PARTS,
      }),
  },
  {
    name: 'timeline',
    graphql: { query: '{ timeline(from: "2020") { nodes { id name startDate endDate } } }' },
    raw: (run) => run(readQuery('timeline'), { from: '2020', to: null, first: 50, afterStart: '', afterId: '', startBound: '\uffff' }),
  },
  {
    name: 'entities',
    graphql: { query: '{ entities(first: 20) { totalCount pageInfo { hasNextPage endCursor } nodes { id kind name } } }' },
    raw: (run) => run(ENTITIES_PAGE, { kinds: null, first: 20, after: '' }),
  },
  {
    name: 'sources',
    graphql: { query: '{ sources { id title publisher date } }' },
    raw: (run) => run(readQuery('sources'), {}),
  },
  {
    name: 'stats',
    graphql: { query: '{ stats { entities relations sources byKind { kind count } byRelationType { type count } } }' },
    raw: (run) => run(STATS, {}),
  },
];
