import { getDirective, MapperKind, mapSchema } from '@graphql-tools/utils';
import { defaultFieldResolver, type GraphQLFieldConfig, type GraphQLSchema } from 'graphql';
import { isRole, roleSatisfies, type Role } from '../../model/access.js';
import { ForbiddenError, UnauthenticatedError } from '../database/errors.js';
import type { Viewer } from './viewer.js';

/** What the guard reads from each request's context. */
export interface AccessContext {
  viewer: Viewer | null;
  /** Whether anonymous visitors may read (server setting ANONYMOUS_READ). */
  anonymousRead: boolean;
}

const READ_ROLE: Role = 'viewer';

/**
 * Refuses unless the request's viewer holds `required`. Anonymous visitors pass only the plain
 * reads of the graph (root queries that name no role), and only while ANONYMOUS_READ allows:
 * a field that names a role, even the viewer role, asks for someone signed in.
 */
export function assertRole(context: AccessContext, required: Role, what: string, anonymousAllowed = false): void {
  const { viewer } = context;
  if (!viewer) {
    if (anonymousAllowed && context.anonymousRead) return;
    throw new UnauthenticatedError(`Sign in to ${what}.`);
  }
  if (!roleSatisfies(viewer.role, required)) {
    throw new ForbiddenError(`Your role (${viewer.role}) cannot ${what}: it takes the ${required} role.`);
  }
}

function requiredRoleOf(schema: GraphQLSchema, field: GraphQLFieldConfig<unknown, unknown>): Role | undefined {
  const [directive] = getDirective(schema, field, 'requiresRole') ?? [];
  if (!directive) return undefined;
  const role = String(directive.role).toLowerCase();
  if (!isRole(role)) throw new Error(`@requiresRole names an unknown role: ${String(directive.role)}`);
  return role;
}

function publicField(schema: GraphQLSchema, field: GraphQLFieldConfig<unknown, unknown>): boolean {
  return (getDirective(schema, field, 'public') ?? []).length > 0;
}

/**
 * The one place where roles are enforced (resolvers never check them): each field with
 * `@requiresRole(role: …)` refuses anyone not signed in with that role before its resolver
 * runs; every root query field without one is a plain read of the graph, which needs the viewer
 * role or, while ANONYMOUS_READ is on, nobody at all, unless it is `@public`; every mutation
 * must name its role, or the schema does not build, so that none is open by omission.
 */
export function withRoleGuards(schema: GraphQLSchema): GraphQLSchema {
  const mutationType = schema.getMutationType()?.name;
  const queryType = schema.getQueryType()?.name;
  return mapSchema(schema, {
    [MapperKind.OBJECT_FIELD]: (field, fieldName, typeName) => {
      const named = requiredRoleOf(schema, field);
      if (!named && typeName === mutationType) {
        throw new Error(`Mutation.${fieldName} names no @requiresRole: every mutation must say who may run it.`);
      }
      // A plain read of the graph: the viewer role, which anonymous visitors have while the setting allows.
      const plainRead = !named && typeName === queryType && !publicField(schema, field);
      if (!named && !plainRead) return field;
      const role = named ?? READ_ROLE;
      const resolve = field.resolve ?? defaultFieldResolver;
      const what = typeName === mutationType ? `run ${fieldName}` : `read ${typeName}.${fieldName}`;
      return {
        ...field,
        resolve(source, args, context: AccessContext, info) {
          assertRole(context, role, what, plainRead);
          return resolve(source, args, context, info);
        },
      };
    },
  });
}
