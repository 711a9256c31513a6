import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Role } from '../../model/access.js';
import type { Authenticator, Viewer } from '../../server/auth/viewer.js';
import { readConfig } from '../../server/config.js';
import { createGraphqlServer } from '../../server/graphql/yoga.js';
import { createLogger } from '../../server/logger.js';
import { createTestExecutor } from '../support/database.js';

const executor = createTestExecutor(inject('workspaceNeo4jUri'));
afterAll(() => executor.close());

/** Users of this file only (unique ids), as rows in the workspace database; a header says who asks. */
const users = new Map<string, Viewer>();
const authenticator: Authenticator = { viewerOf: async (request) => users.get(request.headers.get('x-test-user') ?? '') ?? null };
const yoga = createGraphqlServer({ config: readConfig({ ...process.env }), executor, logger: createLogger('silent'), authenticator });

async function addUser(name: string, role: Role = 'viewer') {
  const id = `user:${randomUUID()}`;
  const email = `${name.toLowerCase()}-${id.slice(5, 13)}@example.org`;
  await executor.writeTransaction((tx) => tx.run('CREATE (:User {id: $id, login: $email, email: $email, name: $name, role: $role})', { id, email, name, role }));
  users.set(id, { userId: id, name, role, sessionId: `session-${id}` });
  return { id, email, name };
}

async function as(userId: string | null, query: string, variables: Record<string, unknown> = {}) {
  const response = await yoga.fetch('http://test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(userId && { 'x-test-user': userId }) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: Record<string, any>; errors?: { message: string; extensions: { code: string } }[] };
  return { data: body.data, errors: body.errors ?? [], codes: (body.errors ?? []).map((error) => error.extensions.code) };
}

const FIELDS = 'id name notes view version access owner { id name } positions { id x y } sharedWith { user { id } access }';
const SAVE = `mutation Save($input: SaveInvestigationInput!) { saveInvestigation(input: $input) { ${FIELDS} } }`;
const OPEN = `query Open($id: ID!) { investigation(id: $id) { ${FIELDS} } }`;
const SHARE = `mutation Share($id: ID!, $email: String!, $access: InvestigationAccess!) { shareInvestigation(input: {id: $id, email: $email, access: $access}) { ${FIELDS} } }`;
const VIEW = 'nodes=proj%3Asco-rats-unodc~org%3Aunoct&pinned=org%3Aunoct&layout=concentric&asOf=2016';

let owner: Awaited<ReturnType<typeof addUser>>;
let colleague: Awaited<ReturnType<typeof addUser>>;
let stranger: Awaited<ReturnType<typeof addUser>>;
beforeAll(async () => {
  owner = await addUser('Owner');
  colleague = await addUser('Colleague', 'editor');
  stranger = await addUser('Stranger', 'admin');
});

async function saved(name = 'Funding of the project') {
  const result = await as(owner.id, SAVE, { input: { name, notes: 'Check the 2017 donor list.', view: VIEW, positions: [{ id: 'org:unoct', x: 10.5, y: -3 }] } });
  expect(result.errors).toEqual([]);
  return result.data!.saveInvestigation;
}

describe('saved investigations (server/investigations) on a real Neo4j', () => {
  it('asks anonymous visitors to sign in, to save and to list', async () => {
    expect((await as(null, SAVE, { input: { name: 'x', view: VIEW } })).codes).toEqual(['UNAUTHENTICATED']);
    expect((await as(null, '{ investigations { edges { node { id } } } }')).codes).toEqual(['UNAUTHENTICATED']);
  });

  it('saves the view, its positions and notes, and reopens them as they were, audited', async () => {
    const investigation = await saved();
    expect(investigation).toMatchObject({ name: 'Funding of the project', notes: 'Check the 2017 donor list.', view: VIEW, version: 1, access: 'OWNER', owner: { id: owner.id } });
    expect(investigation.positions).toEqual([{ id: 'org:unoct', x: 10.5, y: -3 }]);
    expect((await as(owner.id, OPEN, { id: investigation.id })).data!.investigation).toEqual(investigation);
    const events = await executor.read('MATCH (e:AuditEvent {subjectId: $id}) RETURN e.action AS action, e.actorId AS actor', { id: investigation.id });
    expect(events).toEqual([{ action: 'INVESTIGATION_SAVED', actor: owner.id }]);
  });

  it('opens only for its owner and those it is shared with: read-only cannot save over it, edit can', async () => {
    const investigation = await saved('Shared one');
    expect((await as(colleague.id, OPEN, { id: investigation.id })).codes).toEqual(['FORBIDDEN']);
    await as(owner.id, SHARE, { id: investigation.id, email: colleague.email, access: 'READ' });
    const asColleague = await as(colleague.id, OPEN, { id: investigation.id });
    expect(asColleague.data!.investigation).toMatchObject({ access: 'READ', view: VIEW, sharedWith: [] });
    const save = { id: investigation.id, version: 1, name: 'Renamed', view: VIEW };
    expect((await as(colleague.id, SAVE, { input: save })).codes).toEqual(['FORBIDDEN']);
    expect((await as(stranger.id, OPEN, { id: investigation.id })).codes).toEqual(['FORBIDDEN']);
    const reshared = await as(owner.id, SHARE, { id: investigation.id, email: colleague.email.toUpperCase(), access: 'EDIT' });
    expect(reshared.data!.shareInvestigation.sharedWith).toEqual([{ user: { id: colleague.id }, access: 'EDIT' }]);
    const edited = await as(colleague.id, SAVE, { input: save });
    expect(edited.data!.saveInvestigation).toMatchObject({ name: 'Renamed', version: 2, access: 'EDIT' });
    // Only the owner shares it.
    expect((await as(colleague.id, SHARE, { id: investigation.id, email: stranger.email, access: 'READ' })).codes).toEqual(['FORBIDDEN']);
  });

  it('refuses a save made against an older version with CONFLICT, saying who saved it since; of two at once, one wins', async () => {
    const investigation = await saved('Raced');
    await as(owner.id, SHARE, { id: investigation.id, email: colleague.email, access: 'EDIT' });
    const input = (who: string) => ({ input: { id: investigation.id, version: 1, name: `Saved by ${who}`, view: VIEW } });
    const results = await Promise.all([as(owner.id, SAVE, input('owner')), as(colleague.id, SAVE, input('colleague'))]);
    expect(results.map((result) => result.codes).flat()).toEqual(['CONFLICT']);
    const stale = await as(owner.id, SAVE, input('owner, late'));
    expect(stale.codes).toEqual(['CONFLICT']);
    expect(stale.errors[0]!.message).toMatch(/changed since version 1: (Owner|Colleague) saved version 2 at \d{4}-/);
  });

  it('lists the user\'s own and shared investigations, the most recently saved first, a page at a time', async () => {
    const viewer = await addUser('Lister');
    const names: string[] = [];
    for (const name of ['first', 'second', 'third']) {
      const result = await as(viewer.id, SAVE, { input: { name, view: VIEW } });
      names.push(result.data!.saveInvestigation.id);
    }
    const page = async (after?: string) =>
      (await as(viewer.id, 'query P($after: String) { investigations(first: 2, after: $after) { edges { node { name access sharedWith { access } } } pageInfo { hasNextPage endCursor } } }', { after })).data!.investigations;
    const one = await page();
    expect(one.edges.map((edge: any) => edge.node.name)).toEqual(['third', 'second']);
    expect(one.pageInfo.hasNextPage).toBe(true);
    const two = await page(one.pageInfo.endCursor);
    expect(two.edges.map((edge: any) => edge.node.name)).toEqual(['first']);
    // The list says whom the owner shared each with, as the investigation itself does.
    await as(viewer.id, SHARE, { id: names[0], email: colleague.email, access: 'READ' });
    const shared = await page(one.pageInfo.endCursor);
    expect(shared.edges[0].node.sharedWith).toEqual([{ access: 'READ' }]);
    expect(two.pageInfo.hasNextPage).toBe(false);
  });

  it('refuses malformed saves with BAD_USER_INPUT and the field at fault', async () => {
    const long = await as(owner.id, SAVE, { input: { name: 'x'.repeat(121), view: VIEW } });
    expect(long.codes).toEqual(['BAD_USER_INPUT']);
    expect(long.errors[0]!.message).toMatch(/name must be 1 to 120/);
    expect((await as(owner.id, SAVE, { input: { name: 'ok', view: 'nodes=a b' } })).codes).toEqual(['BAD_USER_INPUT']);
    expect((await as(owner.id, SAVE, { input: { name: 'ok', view: VIEW, id: 'inv:x' } })).codes).toEqual(['BAD_USER_INPUT']);
  });
});
