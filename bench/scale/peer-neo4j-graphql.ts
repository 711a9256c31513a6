import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Neo4jGraphQL } from '@neo4j/graphql';
import { createYoga } from 'graphql-yoga';
import type { Driver } from 'neo4j-driver';
import { ENTITY_KINDS, RELATION_TYPE_DEFINITIONS, RELATION_TYPES, type EntityKind, type RelationType } from '../../model/data-model.js';

/** FUNDS → Funds, COLLABORATES_ON → CollaboratesOn. */
function pascal(type: RelationType): string {
  return type
    .toLowerCase()
    .split('_')
    .map((word) => word[0]!.toUpperCase() + word.slice(1))
    .join('');
}

const camel = (type: RelationType) => pascal(type)[0]!.toLowerCase() + pascal(type).slice(1);

/** The type at the other end: the kind itself, or a union of the kinds the model allows there. */
function endType(type: RelationType, end: 'from' | 'to'): string {
  const kinds = RELATION_TYPE_DEFINITIONS[type][end];
  return kinds.length === 1 ? kinds[0]! : `${pascal(type)}${end === 'from' ? 'Actor' : 'Object'}`;
}

/**
 * The type definitions a user of @neo4j/graphql would write for this graph, generated from the
 * model: one `@node` type per entity kind (labels `<Kind>` and `Entity`, as the seed writes them)
 * and, on each kind, a field per relation type and direction the model allows it, e.g.
 * `State.fundsOut` (FUNDS to Project | Event) and `Project.fundsIn`, with the relation's facts
 * as relationship properties.
 */
export function peerTypeDefs(): string {
  const unions = RELATION_TYPES.flatMap((type) =>
    (['from', 'to'] as const)
      .filter((end) => RELATION_TYPE_DEFINITIONS[type][end].length > 1)
      .map((end) => `union ${endType(type, end)} = ${RELATION_TYPE_DEFINITIONS[type][end].join(' | ')}`),
  );
  const nodes = ENTITY_KINDS.map((kind: EntityKind) => {
    const fields = RELATION_TYPES.flatMap((type) => {
      const definition = RELATION_TYPE_DEFINITIONS[type];
      const relationFields: string[] = [];
      if (definition.from.includes(kind)) {
        relationFields.push(`  ${camel(type)}Out: [${endType(type, 'to')}!]! @relationship(type: "${type}", direction: OUT, properties: "RelationFacts")`);
      }
      if (definition.to.includes(kind)) {
        relationFields.push(`  ${camel(type)}In: [${endType(type, 'from')}!]! @relationship(type: "${type}", direction: IN, properties: "RelationFacts")`);
      }
      return relationFields;
    });
    return `type ${kind} @node(labels: ["${kind}", "Entity"]) {
  id: ID!
  kind: String!
  name: String!
  aliases: [String!]
  description: String
  doubt: String
  evidenceSources: [String!]
  evidenceQuotes: [String!]
${fields.join('\n')}
}`;
  });
  return `type RelationFacts @relationshipProperties {
  id: ID!
  startDate: String
  endDate: String
  title: String
  role: String
  note: String
  evidenceSources: [String!]
  evidenceQuotes: [String!]
}

${unions.join('\n')}

${nodes.join('\n\n')}
`;
}

/** @neo4j/graphql on the same driver, served by graphql-yoga on a free loopback port. */
export async function startPeerServer(driver: Driver): Promise<{ url: string; close(): Promise<void> }> {
  const schema = await new Neo4jGraphQL({ typeDefs: peerTypeDefs(), driver }).getSchema();
  const yoga = createYoga({ schema, graphqlEndpoint: '/graphql', landingPage: false, graphiql: false, logging: false });
  const server: Server = createServer(yoga);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
