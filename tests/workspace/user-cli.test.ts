import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { RunningServer } from '../../server/start-server.js';
import { createTestExecutor } from '../support/database.js';
import { startTestServer } from '../support/server.js';
import { signIn } from '../support/workspace.js';

const workspaceUri = inject('workspaceNeo4jUri');
const executor = createTestExecutor(workspaceUri);
let server: RunningServer;

beforeAll(async () => {
  server = await startTestServer({ neo4jUri: workspaceUri });
});
afterAll(async () => {
  await server.close();
  await executor.close();
});

/** `npm run user -- …` as an operator runs it (tsx, the real Neo4j), with `input` on standard input. */
function userCli(args: string[], environment: Record<string, string> = {}, input?: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = execFile(
      'node_modules/.bin/tsx',
      ['server/auth/user-cli.ts', ...args],
      { env: { ...process.env, NEO4J_URI: workspaceUri, ...environment }, timeout: 60_000 },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
    child.stdin!.end(input ?? '');
  });
}

async function me(cookie: string) {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({ query: '{ me { name role } }' }),
  });
  return ((await response.json()) as { data: { me: { name: string; role: string } | null } }).data.me;
}

describe('npm run user', () => {
  it('adds the first admin (password from NEXUS_PASSWORD), who then signs in; audited as the command line', async () => {
    const email = `first-admin-${crypto.randomUUID()}@test.example`;
    const added = await userCli(['add', '--email', email, '--name', 'First Admin', '--role', 'admin'], { NEXUS_PASSWORD: 'the first admin password' });
    expect(added.stderr).toBe('');
    expect(added.code).toBe(0);
    expect(added.stdout).toMatch(new RegExp(`Created ${email} \\(admin\\)`));
    expect(await me(await signIn(server.url, email, 'the first admin password'))).toEqual({ name: 'First Admin', role: 'ADMIN' });
    const events = await executor.read(
      'MATCH (u:User {login: $email}) MATCH (e:AuditEvent {subjectId: u.id}) RETURN e.action AS action, e.actorId AS actorId',
      { email },
    );
    expect(events).toEqual([{ action: 'USER_CREATED', actorId: 'cli' }]);
  }, 120_000);

  it('reads the password from standard input, lists, changes a role and disables', async () => {
    const email = `piped-${crypto.randomUUID()}@test.example`;
    expect((await userCli(['add', '--email', email, '--name', 'Piped Editor', '--role', 'editor'], {}, 'a password from a pipe\n')).code).toBe(0);
    const cookie = await signIn(server.url, email, 'a password from a pipe');
    expect((await userCli(['list'])).stdout).toContain(`${email}\teditor\tPiped Editor`);
    expect((await userCli(['set-role', '--email', email, '--role', 'reviewer'])).code).toBe(0);
    expect(await me(cookie)).toEqual({ name: 'Piped Editor', role: 'REVIEWER' });
    expect((await userCli(['disable', '--email', email])).stdout).toContain('is disabled');
    expect(await me(cookie)).toBeNull();
    expect((await userCli(['list'])).stdout).toContain(`${email}\treviewer\tPiped Editor\tdisabled`);
    // Five runs of the command, each a Node process that loads TypeScript: seconds each on a busy machine.
  }, 120_000);

  it('refuses a short password, an unknown role and an unknown command, with exit code 1', async () => {
    const email = `refused-${crypto.randomUUID()}@test.example`;
    const short = await userCli(['add', '--email', email, '--name', 'X', '--role', 'admin'], { NEXUS_PASSWORD: 'short' });
    expect(short).toMatchObject({ code: 1 });
    expect(short.stderr).toMatch(/at least 12 characters/);
    expect(short.stderr).not.toContain('short\n');
    expect((await userCli(['add', '--email', email, '--name', 'X', '--role', 'boss'], { NEXUS_PASSWORD: 'long enough password' })).stderr).toMatch(/--role: one of viewer, editor, reviewer, admin/);
    expect((await userCli(['frobnicate'])).code).toBe(1);
    expect(await executor.read('MATCH (u:User {login: $email}) RETURN u', { email })).toEqual([]);
  }, 120_000);
});
