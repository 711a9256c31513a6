// Lints the GraphQL API and the documents sent to it; tests/api/graphql-lint.test.ts runs it in
// `npm test`. The schema is linted as printed (docs/schema.graphql: the SDL files and the enums
// generated from the data model, in one file). The client's documents and the cookbook's recipes
// live in TypeScript strings and Markdown: the test writes each to DOCUMENTS as a file, so that
// they are linted together (fragments and operation names are checked across them).
import graphqlPlugin from '@graphql-eslint/eslint-plugin';

const SCHEMA = 'docs/schema.graphql';
export const DOCUMENTS = 'tests/artifacts/graphql-documents';
const graphql = {
  languageOptions: {
    parser: graphqlPlugin.parser,
    parserOptions: { graphQLConfig: { schema: SCHEMA, documents: `${DOCUMENTS}/*.graphql` } },
  },
  plugins: { '@graphql-eslint': graphqlPlugin },
};

export default [
  {
    ...graphql,
    files: [SCHEMA],
    rules: {
      ...graphqlPlugin.configs['flat/schema-recommended'].rules,
      // printSchema picks block or inline quotes by a description's length.
      '@graphql-eslint/description-style': 'off',
      // `Instrument.instrumentType`, `Event.eventType`, `Place.placeType` keep the model's names:
      // plain `type` on each would make `... on Instrument { type } ... on Place { type }` in one
      // selection invalid (two enum types under one response name), and `Relation.type` is a RelationType.
      '@graphql-eslint/no-typename-prefix': 'off',
      // Identity belongs to entities, relations and sources; pages, edges, hits, paths, counts and
      // the evidence of a fact are values read through them.
      '@graphql-eslint/strict-id-in-types': [
        'error',
        {
          exceptions: {
            suffixes: ['Connection', 'Edge', 'Count'],
            types: ['PageInfo', 'Evidence', 'Position', 'SearchHit', 'Subgraph', 'Path', 'PartnerRole', 'GraphStats', 'Name', 'UnLanguageNames', 'UnresolvedValue', 'TreatyParticipation', 'Membership', 'NetworkPage', 'RelationGroup', 'PropertyChange', 'ProposalEvidence', 'QuoteCheck', 'AuditLogEntry', 'InvestigationShare'],
          },
        },
      ],
    },
  },
  {
    ...graphql,
    files: [`${DOCUMENTS}/*.graphql`],
    rules: {
      ...graphqlPlugin.configs['flat/operations-recommended'].rules,
    },
  },
];
