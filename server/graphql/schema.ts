import { readFileSync } from 'node:fs';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import type { GraphQLSchema } from 'graphql';
import { auditResolvers } from '../audit/resolvers.js';
import { authResolvers } from '../auth/resolvers.js';
import { editResolvers } from '../edits/resolvers.js';
import { withRoleGuards } from '../auth/role-guard.js';
import { investigationResolvers } from '../investigations/resolvers.js';
import { userResolvers } from '../auth/user-resolvers.js';
import { datasetResolvers } from '../datasets/resolvers.js';
import { referenceFieldResolvers } from '../entities/reference-fields.js';
import { entityResolvers } from '../entities/resolvers.js';
import { nameResolvers } from '../names/resolvers.js';
import { neighbourhoodResolvers } from '../neighbourhood/resolvers.js';
import { networkResolvers } from '../network/resolvers.js';
import { participationResolvers } from '../participation/resolvers.js';
import { pathResolvers } from '../paths/resolvers.js';
import { peopleResolvers } from '../people/resolvers.js';
import { relationResolvers } from '../relations/resolvers.js';
import { roleResolvers } from '../roles/resolvers.js';
import { searchResolvers } from '../search/resolvers.js';
import { sourceResolvers } from '../sources/resolvers.js';
import { statsResolvers } from '../stats/resolvers.js';
import { timelineResolvers } from '../timeline/resolvers.js';
import { modelEnumResolvers, modelEnumsSdl } from './model-enums.js';

// The queries first (the API's front page), then each domain's types, kept beside its resolvers.
const SDL_FILES = [
  './schema.graphql',
  '../entities/schema.graphql',
  '../relations/schema.graphql',
  '../search/schema.graphql',
  '../neighbourhood/schema.graphql',
  '../paths/schema.graphql',
  '../roles/schema.graphql',
  '../sources/schema.graphql',
  '../stats/schema.graphql',
  '../datasets/schema.graphql',
  '../names/schema.graphql',
  '../timeline/schema.graphql',
  '../participation/schema.graphql',
  '../network/schema.graphql',
  '../auth/schema.graphql',
  '../investigations/schema.graphql',
  '../edits/schema.graphql',
  '../audit/schema.graphql',
  '../auth/users.graphql',
];

/** The full SDL: the hand-written files plus the enums generated from the data model. */
export function schemaSdl(): string {
  const files = SDL_FILES.map((file) => readFileSync(new URL(file, import.meta.url), 'utf8'));
  return [...files, modelEnumsSdl()].join('\n');
}

type ResolverMap = Record<string, object>;

function mergeResolvers(...parts: ResolverMap[]): ResolverMap {
  const merged: ResolverMap = {};
  for (const part of parts) {
    for (const [type, fields] of Object.entries(part)) merged[type] = { ...merged[type], ...fields };
  }
  return merged;
}

/** The executable schema, with every field's role enforced in one place (server/auth/role-guard.ts). */
export function buildSchema(): GraphQLSchema {
  return withRoleGuards(buildUnguardedSchema());
}

function buildUnguardedSchema(): GraphQLSchema {
  return makeExecutableSchema({
    typeDefs: schemaSdl(),
    resolvers: mergeResolvers(
      modelEnumResolvers(),
      entityResolvers,
      peopleResolvers,
      relationResolvers,
      searchResolvers,
      neighbourhoodResolvers,
      pathResolvers,
      roleResolvers,
      timelineResolvers,
      sourceResolvers,
      statsResolvers,
      datasetResolvers,
      nameResolvers,
      referenceFieldResolvers,
      participationResolvers,
      networkResolvers,
      authResolvers,
      investigationResolvers,
      editResolvers,
      auditResolvers,
      userResolvers,
    ),
    // `Entity` field resolvers (aliases, evidence, relations) serve all seven kinds.
    inheritResolversFromInterfaces: true,
  });
}

/** The whole schema as one SDL document, in the order above: what docs/schema.graphql holds. */
export function printedSchema(): string {
  return `${printSchemaWithDirectives(buildSchema())}\n`;
}
