import { makeExecutableSchema } from '@graphql-tools/schema';
import { graphql, type GraphQLSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import type { Role } from '../../model/access.js';
import { withRoleGuards, type AccessContext } from '../../server/auth/role-guard.js';
import { readFileSync } from 'node:fs';

const directives = readFileSync(new URL('../../server/auth/schema.graphql', import.meta.url), 'utf8');

function guarded(typeDefs: string): GraphQLSchema {
  return withRoleGuards(
    makeExecutableSchema({
      typeDefs: [directives, typeDefs],
      resolvers: { Query: { open: () => 'read', who: () => 'anyone', secret: () => 'reviewed', mine: () => 'saved views' }, Mutation: { propose: () => 'proposed', save: () => 'saved' } },
    }),
  );
}

const schema = guarded(`
  type Query { open: String, who: String @public, secret: String @requiresRole(role: REVIEWER), mine: String @requiresRole(role: VIEWER) }
  type Mutation { propose: String @requiresRole(role: EDITOR), save: String @requiresRole(role: VIEWER) }
`);

function as(role: Role | null, anonymousRead = true): AccessContext {
  return { viewer: role ? { userId: 'u', name: 'U', role, sessionId: 's' } : null, anonymousRead };
}

async function run(source: string, context: AccessContext) {
  const result = await graphql({ schema, source, contextValue: context });
  return { data: result.data, codes: result.errors?.map((error) => error.extensions.code) ?? [] };
}

describe('the role guard (server/auth/role-guard.ts)', () => {
  it('refuses to build a schema with a mutation that names no role', () => {
    expect(() => guarded('type Query { open: String, who: String, secret: String, mine: String } type Mutation { propose: String, save: String }')).toThrow(/Mutation.propose names no @requiresRole/);
  });

  it('lets anonymous visitors read while ANONYMOUS_READ is on, and asks them to sign in when it is off', async () => {
    expect(await run('{ open }', as(null, true))).toEqual({ data: { open: 'read' }, codes: [] });
    expect((await run('{ open }', as(null, false))).codes).toEqual(['UNAUTHENTICATED']);
    expect(await run('{ open }', as('viewer', false))).toEqual({ data: { open: 'read' }, codes: [] });
  });

  it('answers a @public field to anybody, whatever the setting', async () => {
    expect(await run('{ who }', as(null, false))).toEqual({ data: { who: 'anyone' }, codes: [] });
  });

  it('refuses a mutation without its role: UNAUTHENTICATED when nobody signed in, FORBIDDEN for a lesser role', async () => {
    expect((await run('mutation { propose }', as(null))).codes).toEqual(['UNAUTHENTICATED']);
    expect((await run('mutation { propose }', as('viewer'))).codes).toEqual(['FORBIDDEN']);
    for (const role of ['editor', 'reviewer', 'admin'] as const) {
      expect(await run('mutation { propose }', as(role))).toEqual({ data: { propose: 'proposed' }, codes: [] });
    }
  });

  it('asks anonymous visitors to sign in for a field that names a role, even the viewer role, and for every change', async () => {
    expect((await run('mutation { save }', as(null, true))).codes).toEqual(['UNAUTHENTICATED']);
    expect((await run('{ mine }', as(null, true))).codes).toEqual(['UNAUTHENTICATED']);
    expect(await run('{ mine }', as('viewer'))).toEqual({ data: { mine: 'saved views' }, codes: [] });
    expect(await run('mutation { save }', as('viewer'))).toEqual({ data: { save: 'saved' }, codes: [] });
  });

  it('guards query fields that name a role, roles being cumulative', async () => {
    expect((await run('{ secret }', as('editor'))).codes).toEqual(['FORBIDDEN']);
    expect(await run('{ secret }', as('admin'))).toEqual({ data: { secret: 'reviewed' }, codes: [] });
  });
});
