import { randomUUID } from 'node:crypto';
import type { Role } from '../../model/access.js';
import type { Authenticator, Viewer } from '../../server/auth/viewer.js';
import { readConfig } from '../../server/config.js';
import type { Executor } from '../../server/database/executor.js';
import { createGraphqlServer } from '../../server/graphql/yoga.js';
import { createLogger } from '../../server/logger.js';

/**
 * A test-built authenticator: the `x-test-viewer` header names the viewer as JSON. It stands in
 * for the session store (server/auth) in tests of the edit API; the role guard, the resolvers
 * and the database are the real ones.
 */
export const HEADER_AUTHENTICATOR: Authenticator = {
  async viewerOf(request) {
    const header = request.headers.get('x-test-viewer');
    return header ? (JSON.parse(header) as Viewer) : null;
  },
};

export interface TestUser extends Viewer {}

/** A user of the given role with a unique id and name. */
export function testUser(role: Role, name = `${role} ${randomUUID().slice(0, 8)}`): TestUser {
  return { userId: `user:test-${randomUUID()}`, name, role, sessionId: `session:${randomUUID()}` };
}

export interface GraphqlAnswer<T = Record<string, any>> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** The real GraphQL server in process, acting for whichever user each call names (null: anonymous). */
export function createEditsApi(executor: Executor) {
  const config = readConfig({ ...process.env });
  const yoga = createGraphqlServer({ config, executor, logger: createLogger('silent'), authenticator: HEADER_AUTHENTICATOR });
  return {
    async as<T = Record<string, any>>(user: Viewer | null, query: string, variables?: Record<string, unknown>): Promise<GraphqlAnswer<T>> {
      const response = await yoga.fetch('http://test/graphql', {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/graphql-response+json',
          ...(user && { 'x-test-viewer': JSON.stringify(user) }),
        },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, ...(await response.json()) };
    },
  };
}

export type EditsApi = ReturnType<typeof createEditsApi>;

/** The first error's code, or undefined when the call succeeded. */
export function codeOf(answer: GraphqlAnswer): string | undefined {
  return answer.errors?.[0]?.extensions?.code;
}

/** The data of a call that must succeed; fails the test with the errors otherwise. */
export function dataOf<T>(answer: GraphqlAnswer<T>): T {
  if (answer.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(answer.errors)}`);
  return answer.data!;
}

export const PROPOSAL_FIELDS = `id action status subjectId subjectKind baseVersion changes { name before after }
  evidence { source { id title } quote editorNote } reason proposedBy { id name role } proposedAt reviewedBy { id name } reviewedAt reviewComment`;

/** A document with a known text, registered by `editor`: its id. */
export async function registeredSource(api: EditsApi, editor: Viewer, text: string): Promise<string> {
  const answer = await api.as<{ registerSource: { id: string } }>(
    editor,
    `mutation ($input: RegisterSourceInput!) { registerSource(input: $input) { id } }`,
    { input: { url: 'https://example.org/report', title: `Report ${randomUUID()}`, publisher: 'Example Publisher', date: '2024-05', text } },
  );
  return dataOf(answer).registerSource.id;
}

/** Proposes, then accepts (as `reviewer`), a new entity: its id. */
export async function acceptedEntity(api: EditsApi, editor: Viewer, reviewer: Viewer, input: Record<string, unknown>): Promise<string> {
  const proposed = dataOf(
    await api.as<{ proposeEntity: { id: string; subjectId: string } }>(editor, `mutation ($input: ProposeEntityInput!) { proposeEntity(input: $input) { id subjectId } }`, {
      input: { evidence: { editorNote: 'Known to the coordinators from their own meetings.' }, ...input },
    }),
  ).proposeEntity;
  dataOf(await api.as(reviewer, `mutation ($id: ID!) { acceptProposal(id: $id) { status } }`, { id: proposed.id }));
  return proposed.subjectId;
}
