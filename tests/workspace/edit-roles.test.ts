import { afterAll, describe, expect, inject, it } from 'vitest';
import { ROLES, type Role } from '../../model/access.js';
import { createTestExecutor } from '../support/database.js';
import { codeOf, createEditsApi, testUser } from './edits-api.js';

const executor = createTestExecutor(inject('workspaceNeo4jUri'));
afterAll(() => executor.close());
const api = createEditsApi(executor);

const UNKNOWN = 'proposal:00000000-0000-0000-0000-000000000000';
const NOTE = '{editorNote: "role matrix"}';

/**
 * Every field of the workspace that needs more than the viewer role, the role it needs, and a
 * call whose input passes the guard but cannot change anything (an unknown id, a refused input):
 * the guard's answer is what is measured, and nothing is written whoever succeeds.
 */
const GUARDED: { field: string; role: Role; document: string }[] = [
  { field: 'registerSource', role: 'editor', document: 'mutation { registerSource(input: {url: "ftp://nowhere", title: "t", publisher: "p", text: "t"}) { id } }' },
  { field: 'proposeEntity', role: 'editor', document: `mutation { proposeEntity(input: {kind: INSTRUMENT, name: "n", description: "d", evidence: ${NOTE}}) { id } }` },
  { field: 'proposeEntityUpdate', role: 'editor', document: `mutation { proposeEntityUpdate(input: {id: "org:none-such", version: 1, name: "n", evidence: ${NOTE}}) { id } }` },
  { field: 'proposeRelation', role: 'editor', document: `mutation { proposeRelation(input: {type: FUNDS, from: "org:none-such", to: "project:none-such", evidence: ${NOTE}}) { id } }` },
  { field: 'proposePeriodChange', role: 'editor', document: `mutation { proposePeriodChange(input: {id: "FUNDS:org:none-such->project:none-such", version: 1, startDate: "2020", evidence: ${NOTE}}) { id } }` },
  { field: 'proposeRetraction', role: 'editor', document: 'mutation { proposeRetraction(input: {id: "org:none-such", version: 1, reason: "r"}) { id } }' },
  { field: 'withdrawProposal', role: 'editor', document: `mutation { withdrawProposal(id: "${UNKNOWN}") { id } }` },
  { field: 'acceptProposal', role: 'reviewer', document: `mutation { acceptProposal(id: "${UNKNOWN}") { id } }` },
  { field: 'rejectProposal', role: 'reviewer', document: `mutation { rejectProposal(id: "${UNKNOWN}") { id } }` },
  { field: 'proposals', role: 'editor', document: '{ proposals(first: 1) { totalCount } }' },
  { field: 'editState', role: 'editor', document: '{ editState(id: "org:unodc") { editable } }' },
  { field: 'quoteCheck', role: 'editor', document: '{ quoteCheck(sourceId: "src:000", quote: "UNODC") { found } }' },
  { field: 'history', role: 'viewer', document: '{ history(id: "org:unodc") { nodes { action } } }' },
  { field: 'auditLog', role: 'admin', document: '{ auditLog(first: 1) { totalCount chainIntact } }' },
];

const GUARD_CODES = ['UNAUTHENTICATED', 'FORBIDDEN'];

describe('the role matrix of the edit API (one guard for the whole schema)', () => {
  for (const { field, role, document } of GUARDED) {
    it(`${field}: refused to anonymous visitors and roles below ${role}, allowed to ${role} and above`, async () => {
      const anonymous = await api.as(null, document);
      expect(codeOf(anonymous)).toBe('UNAUTHENTICATED');
      for (const held of ROLES) {
        const answer = await api.as(testUser(held), document);
        const allowed = ROLES.indexOf(held) >= ROLES.indexOf(role);
        if (allowed) expect(GUARD_CODES, `${held} runs ${field}: ${JSON.stringify(answer.errors)}`).not.toContain(codeOf(answer));
        else expect(codeOf(answer), `${held} runs ${field}`).toBe('FORBIDDEN');
      }
    });
  }

  it('lists every mutation of the schema in the matrix', async () => {
    const answer = await api.as(null, '{ __type(name: "Mutation") { fields { name } } }');
    const mutations = (answer.data!.__type.fields as { name: string }[]).map((item) => item.name);
    const workspace = ['registerSource', 'proposeEntity', 'proposeEntityUpdate', 'proposeRelation', 'proposePeriodChange', 'proposeRetraction', 'withdrawProposal', 'acceptProposal', 'rejectProposal'];
    expect(mutations).toEqual(expect.arrayContaining(workspace));
    expect(GUARDED.map((item) => item.field)).toEqual(expect.arrayContaining(workspace));
  });
});
