/**
 * The contract's queries as an analyst sends them, each on up to three subjects: a curated
 * entity (measured on the curated-only graph too, the baseline of every ratio), an ordinary
 * synthetic one (median degree) and a supernode (60,000 relations). Global queries (stats, a
 * page of entities, the timeline, the sources) have only the "curated" subject: the same
 * request on both graphs.
 */
export type Subject = 'curated' | 'ordinary' | 'supernode';
export const SUBJECTS: readonly Subject[] = ['curated', 'ordinary', 'supernode'];

/** The ids and texts each subject stands for (chosen in subjects.ts). */
export interface SubjectIds {
  project: string;
  state: string;
  organization: string;
  person: string;
  relation: string;
  /** An entity whose only evidence is one source: its `mentions` are that source's. */
  citingEntity: string;
  /** Texts typed one keystroke at a time into search. */
  keystrokes: string[];
  /** The other end of `paths`. */
  pathsTo: string;
}

export interface ContractCase {
  name: string;
  query: string;
  /** The requests of one sample for a subject (several: search-as-you-type's keystrokes); absent: not measured. */
  variables(ids: SubjectIds, subject: Subject): Record<string, unknown>[] | undefined;
  /** True for the queries of the "1-hop of a state, one relation type" comparison with @neo4j/graphql. */
  peer?: boolean;
}

const global = (variables: Record<string, unknown> = {}) => (_ids: SubjectIds, subject: Subject) =>
  subject === 'curated' ? [variables] : undefined;

const neighbourhood = (depth: number): ContractCase => ({
  name: `neighbourhood depth ${depth}`,
  query: `query($id: ID!, $depth: Int!) { neighbourhood(id: $id, depth: $depth) { truncated nodes { id kind name } edges { id type from { id } to { id } } } }`,
  // The curated project hub; an organisation of median degree (states are hubs of this graph: a
  // median state has hundreds of relations); the supernode state.
  variables: (ids, subject) => [{ id: subject === 'curated' ? ids.project : subject === 'ordinary' ? ids.organization : ids.state, depth }],
});

export const CONTRACT_CASES: ContractCase[] = [
  {
    name: 'entity + 20 relations',
    query: `query($id: ID!) { entity(id: $id) { id kind name aliases evidence { quote source { id title } }
      relations(first: 20) { totalCount edges { direction neighbour { id name } node { id type } } } } }`,
    variables: (ids) => [{ id: ids.organization }],
  },
  {
    name: 'relations page (first 50)',
    query: `query($id: ID!) { entity(id: $id) { id relations(first: 50) { totalCount pageInfo { hasNextPage endCursor }
      edges { cursor direction neighbour { id kind name } node { id type evidence { quote } } } } } }`,
    variables: (ids) => [{ id: ids.project }],
  },
  {
    name: 'relation by id',
    query: `query($id: ID!) { relation(id: $id) { id type from { id name } to { id name } evidence { quote source { id } } } }`,
    variables: (ids) => [{ id: ids.relation }],
  },
  {
    name: 'search-as-you-type',
    query: `query($text: String!) { search(text: $text, first: 10) { nodes { matched score entity { id kind name } } } }`,
    variables: (ids) => ids.keystrokes.map((text) => ({ text })),
  },
  neighbourhood(1),
  neighbourhood(2),
  neighbourhood(3),
  {
    name: '1-hop of a state, FUNDS only',
    query: `query($id: ID!) { neighbourhood(id: $id, depth: 1, types: [FUNDS]) { truncated nodes { id kind name } edges { id type from { id } to { id } } } }`,
    variables: (ids) => [{ id: ids.state }],
    peer: true,
  },
  {
    name: 'paths',
    query: `query($from: ID!, $to: ID!) { paths(fromId: $from, toId: $to) { length nodes { id name } edges { id type } } }`,
    variables: (ids) => [{ from: ids.person, to: ids.pathsTo }],
  },
  {
    name: 'partnerRoles of a project',
    query: `query($id: ID!) { partnerRoles(projectId: $id) { nodes { role period actor { id name } target { id name } } } }`,
    variables: (ids) => [{ id: ids.project }],
  },
  {
    name: 'mentions of a source',
    query: `query($id: ID!) { entity(id: $id) { evidence { source { id mentions { nodes { id } } } } } }`,
    variables: (ids) => [{ id: ids.citingEntity }],
  },
  { name: 'entities page (first 20)', query: '{ entities(first: 20) { totalCount pageInfo { hasNextPage endCursor } nodes { id kind name } } }', variables: global() },
  {
    name: 'entities page (events, after)',
    query: '{ entities(kinds: [EVENT], first: 20, after: null) { pageInfo { hasNextPage } nodes { id name } } }',
    variables: global(),
  },
  { name: 'timeline from 2020', query: '{ timeline(from: "2020") { nodes { id name startDate } } }', variables: global() },
  { name: 'timeline, one month', query: '{ timeline(from: "2021-03", to: "2021-03") { nodes { id name startDate } } }', variables: global() },
  { name: 'sources', query: '{ sources { id title publisher date } }', variables: global() },
  {
    name: 'stats',
    query: '{ stats { entities relations sources byKind { kind count } byRelationType { type count } } }',
    variables: global(),
  },
];
