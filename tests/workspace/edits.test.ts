import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { createTestExecutor } from '../support/database.js';
import { acceptedEntity, codeOf, createEditsApi, dataOf, PROPOSAL_FIELDS, registeredSource, testUser } from './edits-api.js';

const executor = createTestExecutor(inject('workspaceNeo4jUri'));
afterAll(() => executor.close());
const api = createEditsApi(executor);

const TEXT = 'Annual report. The Example Foundation funds the Border Training Project in 2023–2024, and Mr Jane Roe “leads” it.';
const QUOTE = 'The Example Foundation funds the Border Training Project';

const PROPOSE_RELATION = `mutation ($input: ProposeRelationInput!) { proposeRelation(input: $input) { ${PROPOSAL_FIELDS} } }`;
const ACCEPT = `mutation ($id: ID!, $comment: String) { acceptProposal(id: $id, comment: $comment) { ${PROPOSAL_FIELDS} } }`;
const EDIT_STATE = `query ($id: ID!) { editState(id: $id) { id subjectKind version owners editable notEditableBecause editorNote openProposals } }`;
const HISTORY = `query ($id: ID!) { history(id: $id) { nodes { sequence action actorName subjectId relatedId reason changes { name before after } } } }`;

/** A donor and a project of the test's own, created and accepted through the API. */
async function donorAndProject() {
  const editor = testUser('editor');
  const reviewer = testUser('reviewer');
  const suffix = randomUUID().slice(0, 8);
  const donor = await acceptedEntity(api, editor, reviewer, { kind: 'ORGANIZATION', name: `Example Foundation ${suffix}`, scope: 'INTERNATIONAL', description: 'A foundation that funds border training.' });
  const project = await acceptedEntity(api, editor, reviewer, { kind: 'PROJECT', name: `Border Training Project ${suffix}`, description: 'A project that trains border guards.', startDate: '2023' });
  return { editor, reviewer, donor, project };
}

describe('an editor proposes a partner role with a quote, a reviewer accepts it', () => {
  it('applies it as a relation the editors own, readable by anyone, with its history', async () => {
    const { editor, reviewer, donor, project } = await donorAndProject();
    const source = await registeredSource(api, editor, TEXT);
    const proposed = dataOf(
      await api.as(editor, PROPOSE_RELATION, {
        input: { type: 'FUNDS', from: donor, to: project, startDate: '2023', endDate: '2024', evidence: { sourceId: source, quote: QUOTE }, reason: 'Donor named in the annual report' },
      }),
    ).proposeRelation;
    expect(proposed).toMatchObject({ action: 'CREATE_RELATION', status: 'PROPOSED', subjectKind: 'RELATION', subjectId: `FUNDS:${donor}->${project}`, baseVersion: null });
    expect(proposed.evidence).toEqual({ source: { id: source, title: expect.any(String) }, quote: QUOTE, editorNote: null });
    expect(proposed.changes).toContainEqual({ name: 'startDate', before: null, after: '2023' });

    // Proposed is not applied: nobody reads it in the graph yet.
    const before = await api.as(null, `query ($id: ID!) { relation(id: $id) { id } }`, { id: proposed.subjectId });
    expect(before.data?.relation).toBeNull();

    const accepted = dataOf(await api.as(reviewer, ACCEPT, { id: proposed.id, comment: 'Checked against the report.' })).acceptProposal;
    expect(accepted).toMatchObject({ status: 'ACCEPTED', reviewedBy: { id: reviewer.userId }, reviewComment: 'Checked against the report.' });

    const read = dataOf(
      await api.as(null, `query ($id: ID!) { relation(id: $id) { type startDate endDate datasets { id title } evidence { source { id } quote } } }`, { id: proposed.subjectId }),
    ).relation;
    expect(read).toEqual({ type: 'FUNDS', startDate: '2023', endDate: '2024', datasets: [{ id: 'dataset:editors', title: "Editors' accepted edits" }], evidence: [{ source: { id: source }, quote: QUOTE }] });
    const state = dataOf(await api.as(editor, EDIT_STATE, { id: proposed.subjectId })).editState;
    expect(state).toEqual({ id: proposed.subjectId, subjectKind: 'RELATION', version: 1, owners: ['dataset:editors'], editable: true, notEditableBecause: null, editorNote: null, openProposals: 0 });

    const editorsHistory = dataOf(await api.as(editor, HISTORY, { id: proposed.subjectId })).history.nodes;
    expect(editorsHistory.map((event: { action: string }) => event.action)).toEqual(['PROPOSAL_CREATED', 'PROPOSAL_ACCEPTED', 'RECORD_CREATED']);
    expect(editorsHistory[0]).toMatchObject({ actorName: editor.name, relatedId: proposed.subjectId, reason: 'Donor named in the annual report' });
    expect(editorsHistory[2]).toMatchObject({ actorName: reviewer.name, subjectId: proposed.subjectId, relatedId: proposed.id });
    expect(editorsHistory[2].changes).toContainEqual({ name: 'endDate', before: null, after: '2024' });
    // Viewers see the applied change only, not the workspace's proposals; anonymous visitors, none of it.
    expect(codeOf(await api.as(null, HISTORY, { id: proposed.subjectId }))).toBe('UNAUTHENTICATED');
    const viewersHistory = dataOf(await api.as(testUser('viewer'), HISTORY, { id: proposed.subjectId })).history.nodes;
    expect(viewersHistory.map((event: { action: string }) => event.action)).toEqual(['RECORD_CREATED']);
  });

  it('refuses a quote the source does not contain, and says when only quote marks differ', async () => {
    const { editor, donor, project } = await donorAndProject();
    const source = await registeredSource(api, editor, TEXT);
    const missing = await api.as(editor, PROPOSE_RELATION, { input: { type: 'FUNDS', from: donor, to: project, evidence: { sourceId: source, quote: 'The Foundation funds everything' } } });
    expect(codeOf(missing)).toBe('BAD_USER_INPUT');
    expect(missing.errors![0]!.message).toMatch(/not found verbatim/);
    const straightQuotes = await api.as(editor, PROPOSE_RELATION, { input: { type: 'FUNDS', from: donor, to: project, evidence: { sourceId: source, quote: 'Mr Jane Roe "leads" it' } } });
    expect(straightQuotes.errors![0]!.message).toMatch(/differs only in spaces or quote marks/);
    const check = dataOf(await api.as(editor, `query ($s: ID!, $q: String!) { quoteCheck(sourceId: $s, quote: $q) { found hint } }`, { s: source, q: 'Mr Jane Roe “leads” it' }));
    expect(check.quoteCheck).toEqual({ found: true, hint: null });
    const noEvidence = await api.as(editor, PROPOSE_RELATION, { input: { type: 'FUNDS', from: donor, to: project, evidence: {} } });
    expect(codeOf(noEvidence)).toBe('BAD_USER_INPUT');
  });

  it("takes an editor's note where no document exists yet, shown as such", async () => {
    const { editor, reviewer, donor, project } = await donorAndProject();
    const proposed = dataOf(await api.as(editor, PROPOSE_RELATION, { input: { type: 'COLLABORATES_ON', from: donor, to: project, evidence: { editorNote: 'Confirmed by phone with the project manager.' } } })).proposeRelation;
    expect(proposed.evidence).toEqual({ source: null, quote: null, editorNote: 'Confirmed by phone with the project manager.' });
    dataOf(await api.as(reviewer, ACCEPT, { id: proposed.id }));
    expect(dataOf(await api.as(editor, EDIT_STATE, { id: proposed.subjectId })).editState.editorNote).toBe('Confirmed by phone with the project manager.');
  });

  it('refuses relation ends the model does not allow for the type', async () => {
    const { editor, donor, project } = await donorAndProject();
    const answer = await api.as(editor, PROPOSE_RELATION, { input: { type: 'FUNDS', from: project, to: donor, evidence: { editorNote: 'x' } } });
    expect(codeOf(answer)).toBe('BAD_USER_INPUT');
    expect(answer.errors![0]!.message).toMatch(/FUNDS goes from State\/Organization to Project\/Event/);
  });
});

describe('four eyes', () => {
  it('never lets a reviewer accept or reject their own proposal; the author may withdraw it', async () => {
    const { donor, project } = await donorAndProject();
    const reviewer = testUser('reviewer');
    const proposed = dataOf(await api.as(reviewer, PROPOSE_RELATION, { input: { type: 'COLLABORATES_ON', from: donor, to: project, evidence: { editorNote: 'Seen at the launch.' } } })).proposeRelation;
    const own = await api.as(reviewer, ACCEPT, { id: proposed.id });
    expect(codeOf(own)).toBe('FORBIDDEN');
    expect(own.errors![0]!.message).toMatch(/Four eyes/);
    expect(codeOf(await api.as(reviewer, `mutation ($id: ID!) { rejectProposal(id: $id) { status } }`, { id: proposed.id }))).toBe('FORBIDDEN');
    const stranger = testUser('editor');
    expect(codeOf(await api.as(stranger, `mutation ($id: ID!) { withdrawProposal(id: $id) { status } }`, { id: proposed.id }))).toBe('FORBIDDEN');
    const withdrawn = dataOf(await api.as(reviewer, `mutation ($id: ID!) { withdrawProposal(id: $id) { status reviewedAt } }`, { id: proposed.id })).withdrawProposal;
    expect(withdrawn.status).toBe('WITHDRAWN');
    expect(codeOf(await api.as(testUser('reviewer'), ACCEPT, { id: proposed.id }))).toBe('CONFLICT');
  });
});

describe('ownership', () => {
  it("refuses to change the curated documents' records and the reference datasets', saying where they change", async () => {
    const editor = testUser('editor');
    const curated = await api.as(editor, `mutation { proposeEntityUpdate(input: {id: "org:unodc", version: 0, name: "UNODC renamed", evidence: {editorNote: "x"}}) { id } }`);
    expect(codeOf(curated)).toBe('FORBIDDEN');
    expect(curated.errors![0]!.message).toMatch(/curated documents: change it in seed\/ through review in the repository/);
    const state = dataOf(await api.as(editor, EDIT_STATE, { id: 'FUNDS:state:SAU->project:terrorism-arms-crime-nexus' })).editState;
    expect(state).toMatchObject({ editable: false, version: null, owners: ['dataset:curated'] });
  });
});

describe('corrections, periods and retractions', () => {
  it('corrects an actor, changes a period and retracts a relation, each step in the history', async () => {
    const { editor, reviewer, donor, project } = await donorAndProject();
    const update = dataOf(
      await api.as(editor, `mutation ($input: ProposeEntityUpdateInput!) { proposeEntityUpdate(input: $input) { id changes { name before after } } }`, {
        input: { id: donor, version: 1, aliases: ['EF', 'Example Fdn'], evidence: { editorNote: 'Its own letterhead.' } },
      }),
    ).proposeEntityUpdate;
    expect(update.changes).toEqual([{ name: 'aliases', before: null, after: 'EF | Example Fdn' }]);
    dataOf(await api.as(reviewer, ACCEPT, { id: update.id }));
    const found = dataOf(await api.as(null, `{ search(text: "Example Fdn", first: 20) { nodes { entity { id } } } }`));
    expect(found.search.nodes.map((hit: { entity: { id: string } }) => hit.entity.id)).toContain(donor);

    const relation = dataOf(await api.as(editor, PROPOSE_RELATION, { input: { type: 'FUNDS', from: donor, to: project, evidence: { editorNote: 'Grant letter.' } } })).proposeRelation;
    dataOf(await api.as(reviewer, ACCEPT, { id: relation.id }));
    const period = dataOf(
      await api.as(editor, `mutation ($input: ProposePeriodChangeInput!) { proposePeriodChange(input: $input) { id changes { name before after } } }`, {
        input: { id: relation.subjectId, version: 1, startDate: '2022', endDate: '2025-06', evidence: { editorNote: 'Grant letter, second page.' } },
      }),
    ).proposePeriodChange;
    expect(period.changes).toEqual([{ name: 'startDate', before: null, after: '2022' }, { name: 'endDate', before: null, after: '2025-06' }]);
    dataOf(await api.as(reviewer, ACCEPT, { id: period.id }));
    const backwards = await api.as(editor, `mutation { proposePeriodChange(input: {id: "${relation.subjectId}", version: 2, startDate: "2026", evidence: {editorNote: "x"}}) { id } }`);
    expect(codeOf(backwards)).toBe('BAD_USER_INPUT');

    const actor = await api.as(editor, `mutation { proposeRetraction(input: {id: "${donor}", version: 2, reason: "duplicate"}) { id } }`);
    expect(codeOf(actor)).toBe('BAD_USER_INPUT');
    expect(actor.errors![0]!.message).toMatch(/still has 1 live relation/);

    const retraction = dataOf(await api.as(editor, `mutation { proposeRetraction(input: {id: "${relation.subjectId}", version: 2, reason: "The grant was cancelled."}) { id action } }`)).proposeRetraction;
    dataOf(await api.as(reviewer, ACCEPT, { id: retraction.id }));
    expect((await api.as(null, `query ($id: ID!) { relation(id: $id) { id } }`, { id: relation.subjectId })).data?.relation).toBeNull();
    const kept = await executor.read('MATCH (r:Retraction {subjectId: $id}) RETURN r.reason AS reason, r.snapshotJson AS snapshot', { id: relation.subjectId });
    expect(kept).toHaveLength(1);
    expect(JSON.parse(kept[0]!.snapshot as string)).toMatchObject({ startDate: '2022', endDate: '2025-06', version: 2 });
    const history = dataOf(await api.as(testUser('viewer'), HISTORY, { id: relation.subjectId })).history.nodes;
    expect(history.map((event: { action: string }) => event.action)).toEqual(['RECORD_CREATED', 'RECORD_UPDATED', 'RECORD_RETRACTED']);
    expect(history[2].changes).toContainEqual({ name: 'startDate', before: '2022', after: null });
  });
});

describe('optimistic concurrency', () => {
  it('refuses a stale edit with CONFLICT that says which fields changed, by whom', async () => {
    const { editor, reviewer, donor } = await donorAndProject();
    const first = dataOf(await api.as(editor, `mutation { proposeEntityUpdate(input: {id: "${donor}", version: 1, description: "A foundation that funds border training in Central Asia.", evidence: {editorNote: "x"}}) { id } }`)).proposeEntityUpdate;
    const second = dataOf(await api.as(editor, `mutation { proposeEntityUpdate(input: {id: "${donor}", version: 1, name: "Example Foundation (renamed)", evidence: {editorNote: "y"}}) { id } }`)).proposeEntityUpdate;
    dataOf(await api.as(reviewer, ACCEPT, { id: first.id }));
    const stale = await api.as(reviewer, ACCEPT, { id: second.id });
    expect(codeOf(stale)).toBe('CONFLICT');
    expect(stale.errors![0]!.message).toMatch(new RegExp(`changed since version 1.*at version 2.*${reviewer.name} changed description`));
    const late = await api.as(editor, `mutation { proposeEntityUpdate(input: {id: "${donor}", version: 1, name: "Late", evidence: {editorNote: "z"}}) { id } }`);
    expect(codeOf(late)).toBe('CONFLICT');
    // The refused acceptance changed nothing: the proposal still waits, the name is the old one.
    const queue = dataOf(await api.as(editor, `query ($ids: [ID!]) { proposals(subjectIds: $ids) { totalCount nodes { id status } } }`, { ids: [donor] })).proposals;
    expect(queue).toEqual({ totalCount: 1, nodes: [{ id: second.id, status: 'PROPOSED' }] });
  });

  it('lets exactly one of two concurrent acceptances on one base version win; the other gets CONFLICT', async () => {
    const { editor, reviewer, donor, project } = await donorAndProject();
    const relation = dataOf(await api.as(editor, PROPOSE_RELATION, { input: { type: 'FUNDS', from: donor, to: project, evidence: { editorNote: 'Grant letter.' } } })).proposeRelation;
    dataOf(await api.as(reviewer, ACCEPT, { id: relation.id }));
    const periods = await Promise.all(
      ['2020', '2021'].map(async (startDate) =>
        dataOf(await api.as(editor, `mutation { proposePeriodChange(input: {id: "${relation.subjectId}", version: 1, startDate: "${startDate}", evidence: {editorNote: "letter"}}) { id } }`)).proposePeriodChange.id as string,
      ),
    );
    const reviewers = [testUser('reviewer'), testUser('reviewer')];
    const answers = await Promise.all(periods.map((id, index) => api.as(reviewers[index]!, ACCEPT, { id })));
    const codes = answers.map(codeOf);
    expect(codes.filter((code) => code === undefined)).toHaveLength(1);
    expect(codes.filter((code) => code === 'CONFLICT')).toHaveLength(1);
    const [row] = await executor.read(`MATCH ()-[r:FUNDS {id: $id}]->() RETURN r.version AS version`, { id: relation.subjectId });
    expect(row!.version).toBe(2);
    const applied = await executor.read(`MATCH (e:AuditEvent {subjectId: $id, action: 'RECORD_UPDATED'}) RETURN count(e) AS n`, { id: relation.subjectId });
    expect(applied[0]!.n).toBe(1);
  });

  it('accepts one proposal once when two reviewers accept it at the same moment', async () => {
    const { editor, donor, project } = await donorAndProject();
    const proposed = dataOf(await api.as(editor, PROPOSE_RELATION, { input: { type: 'COLLABORATES_ON', from: donor, to: project, evidence: { editorNote: 'x' } } })).proposeRelation;
    const answers = await Promise.all([testUser('reviewer'), testUser('reviewer')].map((reviewer) => api.as(reviewer, ACCEPT, { id: proposed.id })));
    expect(answers.map(codeOf).sort()).toEqual(['CONFLICT', undefined]);
    const relations = await executor.read(`MATCH ()-[r:COLLABORATES_ON]->() WHERE r.id STARTS WITH $id RETURN count(r) AS n`, { id: proposed.subjectId });
    expect(relations[0]!.n).toBe(1);
  });
});

describe('the audit log, for admins', () => {
  it('pages through the whole trail in sequence order, each event with its hash, the chain checked', async () => {
    await donorAndProject();
    const admin = testUser('admin');
    const LOG = `query ($after: String) { auditLog(first: 3, after: $after) { totalCount chainIntact chainBreak pageInfo { hasNextPage endCursor }
      nodes { event { sequence action subjectKind } previousHash hash requestId address } } }`;
    const first = dataOf(await api.as(admin, LOG)).auditLog;
    expect(first.totalCount).toBeGreaterThanOrEqual(4);
    expect(first).toMatchObject({ chainIntact: true, chainBreak: null, pageInfo: { hasNextPage: true } });
    expect(first.nodes.map((node: { event: { sequence: number } }) => node.event.sequence)).toEqual([1, 2, 3]);
    const second = dataOf(await api.as(admin, LOG, { after: first.pageInfo.endCursor })).auditLog;
    expect(second.chainIntact).toBe(true);
    expect(second.nodes[0].event.sequence).toBe(4);
    expect(second.nodes[0].previousHash).toBe(first.nodes[2].hash);
  });
});

describe("the editors' dataset beside the others", () => {
  it("lists the editors' accepted edits as a dataset, and keeps their sources out of the curated documents", async () => {
    const { editor } = await donorAndProject();
    const source = await registeredSource(api, editor, TEXT);
    const { datasets } = dataOf(await api.as(null, '{ datasets { id title files entityCount relationCount } }'));
    const curated = datasets.find((dataset: { id: string }) => dataset.id === 'dataset:curated');
    expect(curated.files).toHaveLength(5);
    expect(curated.files.join(' ')).not.toContain(source.slice('src:'.length));
    const editors = datasets.find((dataset: { id: string }) => dataset.id === 'dataset:editors');
    expect(editors).toMatchObject({ title: "Editors' accepted edits", files: [] });
    expect(editors.entityCount).toBeGreaterThanOrEqual(2);
  });
});
