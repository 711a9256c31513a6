import { readFileSync } from 'node:fs';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { JSONResolver } from 'graphql-scalars';
import type { GraphQLSchema } from 'graphql';
import { entityResolvers } from '../entities/resolvers.js';
import { neighbourhoodResolvers } from '../neighbourhood/resolvers.js';
import { searchResolvers } from '../search/resolvers.js';
import { modelEnumsSdl } from './model-enums.js';

const SCHEMA_FILE = new URL('./schema.graphql', import.meta.url);

/** The full SDL: the hand-written schema plus the enums generated from the data model. */
export function schemaSdl(): string {
  return `${readFileSync(SCHEMA_FILE, 'utf8')}\n${modelEnumsSdl()}`;
}

function mergeResolvers(...parts: Record<string, object>[]): Record<string, object> {
  const merged: Record<string, object> = {};
  for (const part of parts) {
    for (const [type, fields] of Object.entries(part)) merged[type] = { ...merged[type], ...fields };
  }
  return merged;
}

export function buildSchema(): GraphQLSchema {
  return makeExecutableSchema({
    typeDefs: schemaSdl(),
    resolvers: mergeResolvers({ JSON: JSONResolver }, entityResolvers, searchResolvers, neighbourhoodResolvers),
  });
}
