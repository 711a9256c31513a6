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
 * Refuses unless the request's viewer holds `required`. Anonymous visitors pass only reads that
 * ask for the viewer role, while the setting allows: a mutation always needs someone signed in.
 */
export function assertRole(context: AccessContext, required: Role, what: string, kind: 'read' | 'change' = 'read'): void {
  const { viewer } = context;
  if (!viewer) {
    if (kind === 'read' && required === READ_ROLE && context.anonymousRead) return;
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
 * `@requiresRole(role: …)` refuses a viewer without that role before its resolver runs; every
 * root query field without one needs the viewer role (which anonymous visitors have while
 * ANONYMOUS_READ is on) unless it is `@public`; every mutation must name its role, or the
 * schema does not build, so that a new mutation cannot be open by omission.
 */
export function withRoleGuards(schema: GraphQLSchema): GraphQLSchema {
  const mutationType = schema.getMutationType()?.name;
  const queryType = schema.getQueryType()?.name;
  return mapSchema(schema, {
    [MapperKind.OBJECT_FIELD]: (field, fieldName, typeName) => {
      let required = requiredRoleOf(schema, field);
      if (!required && typeName === mutationType) {
        throw new Error(`Mutation.${fieldName} names no @requiresRole: every mutation must say who may run it.`);
      }
      if (!required && typeName === queryType && !publicField(schema, field)) required = READ_ROLE;
      if (!required) return field;
      const role = required;
      const resolve = field.resolve ?? defaultFieldResolver;
      const change = typeName === mutationType;
      const what = change ? `run ${fieldName}` : `read ${typeName}.${fieldName}`;
      return {
        ...field,
        resolve(source, args, context: AccessContext, info) {
          assertRole(context, role, what, change ? 'change' : 'read');
          return resolve(source, args, context, info);
        },
      };
    },
  });
}
