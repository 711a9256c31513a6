import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { PROPOSAL_STATUSES } from '../../model/edits.js';
import { createTestExecutor } from '../support/database.js';
import { createEditsApi, dataOf, testUser } from './edits-api.js';

/**
 * The review queue's total is read from counts kept per status (edit-create-proposal,
 * edit-review-proposal), so that it reads no queue; here the counts are checked against the
 * proposals themselves after proposals are made, accepted, rejected and withdrawn, starting from
 * no counts at all (a database from before them). Other files edit the same database at the same
 * time: each comparison holds the edit lock, as every edit does, so nothing changes meanwhile.
 */

const executor = createTestExecutor(inject('workspaceNeo4jUri'));
afterAll(() => executor.close());
const api = createEditsApi(executor);

const PROPOSE = `mutation ($input: ProposeEntityInput!) { proposeEntity(input: $input) { id subjectId } }`;
const QUEUE = `query ($statuses: [ProposalStatus!], $ids: [ID!]) { proposals(statuses: $statuses, subjectIds: $ids, first: 5) { totalCount nodes { id } } }`;

/** Under the edit lock: each status's kept count beside the number of proposals that have it. */
async function keptAndTrue(): Promise<{ status: string; kept: number | null; actual: number }[]> {
  return executor.writeTransaction(async (transaction) => {
    await transaction.run(`MERGE (lock:EditLock {id: 'edits'}) SET lock.at = $now`, { now: new Date().toISOString() });
    const result = await transaction.run(
      `UNWIND $statuses AS status
       OPTIONAL MATCH (counter:ProposalCount {status: status})
       RETURN status, counter.count AS kept, COUNT { MATCH (proposal:Proposal) WHERE proposal.status = status } AS actual`,
      { statuses: [...PROPOSAL_STATUSES] },
    );
    return result.records.map((record) => ({
      status: String(record.get('status')),
      kept: record.get('kept') === null ? null : Number(record.get('kept')),
      actual: Number(record.get('actual')),
    }));
  });
}

async function propose(editor: ReturnType<typeof testUser>, name: string) {
  return dataOf(
    await api.as<{ proposeEntity: { id: string; subjectId: string } }>(editor, PROPOSE, {
      input: { kind: 'ORGANIZATION', name, scope: 'NATIONAL', description: `${name} is a test agency.`, evidence: { editorNote: 'Counted by the proposal-counts test.' } },
    }),
  ).proposeEntity;
}

describe('the queue\u2019s kept counts', () => {
  it('start from the proposals already there, then follow every proposal and decision', async () => {
    await executor.writeTransaction(async (transaction) => {
      await transaction.run(`MERGE (lock:EditLock {id: 'edits'}) SET lock.at = $now`, { now: new Date().toISOString() });
      await transaction.run('MATCH (counter:ProposalCount) DELETE counter');
    });
    const editor = testUser('editor');
    const reviewer = testUser('reviewer');
    const suffix = randomUUID().slice(0, 8);
    const made = [];
    for (const name of ['North', 'South', 'East', 'West']) made.push(await propose(editor, `Counted ${name} Agency ${suffix}`));
    dataOf(await api.as(reviewer, `mutation ($id: ID!) { acceptProposal(id: $id) { status } }`, { id: made[0]!.id }));
    dataOf(await api.as(reviewer, `mutation ($id: ID!) { rejectProposal(id: $id, comment: "Not an agency") { status } }`, { id: made[1]!.id }));
    dataOf(await api.as(editor, `mutation ($id: ID!) { withdrawProposal(id: $id) { status } }`, { id: made[2]!.id }));

    const counts = await keptAndTrue();
    for (const { status, kept, actual } of counts) expect({ status, kept }).toEqual({ status, kept: actual });

    // The API's totals: the kept count without records; with records, theirs only.
    const open = dataOf(await api.as(editor, QUEUE, { statuses: ['PROPOSED'] })).proposals;
    expect(open.totalCount).toBeGreaterThanOrEqual(1);
    const mine = dataOf(await api.as(editor, QUEUE, { statuses: [...PROPOSAL_STATUSES], ids: made.map((proposal) => proposal.subjectId) })).proposals;
    expect(mine.totalCount).toBe(4);
    const stillOpen = dataOf(await api.as(editor, QUEUE, { statuses: ['PROPOSED'], ids: made.map((proposal) => proposal.subjectId) })).proposals;
    expect(stillOpen).toEqual({ totalCount: 1, nodes: [{ id: made[3]!.id }] });
  });
});
