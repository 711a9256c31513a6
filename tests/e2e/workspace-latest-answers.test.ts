import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createTestExecutor } from '../support/database.js';
import { createTestUser, signIn, type TestUser } from '../support/workspace.js';
import { axeProblems } from './axe.js';
import { screenshot, startSettledExplorer, type ExplorerSession } from './explorer-harness.js';
import { holdBackAnswer } from './held-answers.js';
import { graphqlAs, openAccountDialog, personPage, showInQueue, signInThroughDialog } from './workspace-harness.js';

/**
 * The workspace's lists (review queue, investigations, users) on an out-of-order network: the
 * first load of a list is answered by the server at once but reaches the page only after the
 * person has changed something and the list has been loaded again; the late, stale answer must
 * not replace the newer one. Against the real server and the workspace's Neo4j.
 */

const workspaceUri = inject('workspaceNeo4jUri');
const executor = createTestExecutor(workspaceUri);
let session: ExplorerSession;
let editor: TestUser;
let reviewer: TestUser;
let admin: TestUser;

const PROPOSE_ENTITY = 'mutation P($input: ProposeEntityInput!) { proposeEntity(input: $input) { id subjectId } }';

/** Proposes a new organisation as the editor: the proposal's id (`subjectOf` keeps the actor's id it would create). */
const subjectOf = new Map<string, string>();
async function proposeOrganisation(name: string): Promise<string> {
  const cookie = await signIn(session.server.url, editor.email, editor.password);
  const answer = await graphqlAs(session, cookie, PROPOSE_ENTITY, {
    input: { kind: 'ORGANIZATION', name, description: `${name} is a test organisation.`, scope: 'NATIONAL', evidence: { editorNote: 'Created by the latest-answers test.' } },
  });
  expect(answer.errors).toBeUndefined();
  subjectOf.set(answer.data!.proposeEntity.id as string, answer.data!.proposeEntity.subjectId as string);
  return answer.data!.proposeEntity.id as string;
}

const listedIds = (page: Page, selector: string, attribute: string) =>
  page.$$eval(selector, (items, name) => items.map((item) => item.getAttribute(name)), attribute);

beforeAll(async () => {
  [editor, reviewer, admin] = await Promise.all([
    createTestUser(executor, { role: 'editor', name: 'Elsa Latest' }),
    createTestUser(executor, { role: 'reviewer', name: 'Rolf Latest' }),
    createTestUser(executor, { role: 'admin', name: 'Ada Latest' }),
  ]);
  session = await startSettledExplorer('/', { neo4jUri: workspaceUri });
}, 240_000);

afterAll(async () => {
  await session?.close();
  await executor.close();
});

describe('the workspace\u2019s lists show the latest answer only', { timeout: 120_000 }, () => {
  it('keeps a proposal made meanwhile in the review queue when the first, stale load of the queue arrives late', async () => {
    const first = await proposeOrganisation(`Latest Test Bureau ${Date.now()}`);
    const { context, page } = await personPage(session);
    await page.goto(session.server.url);
    await signInThroughDialog(page, reviewer);
    const held = await holdBackAnswer(page, (body) => body.query.startsWith('query Proposals'));
    await openAccountDialog(page, 'review');
    await held.answered;
    // Meanwhile an editor proposes another; the reviewer closes the queue and opens it again.
    const second = await proposeOrganisation(`Latest Test Office ${Date.now()}`);
    await page.keyboard.press('Escape');
    await openAccountDialog(page, 'review');
    await showInQueue(page, second);
    await held.release();
    expect(await listedIds(page, '.review-item', 'data-proposal')).toEqual(expect.arrayContaining([first, second]));
    expect(await page.getAttribute('.review-list', 'aria-busy')).toBeNull();
    await screenshot(page, 'workspace-latest-review');
    expect(await axeProblems(page, 'the review queue')).toEqual([]);
    await context.close();
  });

  it('keeps the investigation just saved in the list when the list\u2019s first load arrives after the save', async () => {
    const { context, page } = await personPage(session);
    await page.goto(session.server.url);
    await signInThroughDialog(page, editor);
    const held = await holdBackAnswer(page, (body) => body.query.startsWith('query Investigations'));
    await openAccountDialog(page, 'investigations');
    await held.answered;
    const name = `Saved while loading ${Date.now()}`;
    await page.fill('#investigation-name', name);
    await page.click('.investigation-save button[type=submit]');
    await page.locator('.investigation-item', { hasText: name }).waitFor();
    await held.release();
    expect(await page.locator('.investigation-item', { hasText: name }).count()).toBe(1);
    await context.close();
  });

  it('saves once however often Save is pressed while the save is on its way', async () => {
    const { context, page } = await personPage(session);
    await page.goto(session.server.url);
    await signInThroughDialog(page, editor);
    await openAccountDialog(page, 'investigations');
    const held = await holdBackAnswer(page, (body) => body.query.startsWith('mutation SaveInvestigation'));
    const name = `Pressed thrice ${Date.now()}`;
    await page.fill('#investigation-name', name);
    const save = page.locator('.investigation-save button[type=submit]');
    await save.click();
    await held.answered;
    expect(await save.isDisabled()).toBe(true);
    await save.click({ force: true });
    await page.keyboard.press('Enter');
    await held.release();
    await page.locator('.investigation-item', { hasText: name }).waitFor();
    const cookie = await signIn(session.server.url, editor.email, editor.password);
    const mine = await graphqlAs(session, cookie, '{ investigations(first: 50) { edges { node { name } } } }');
    expect(mine.data!.investigations.edges.filter((edge: any) => edge.node.name === name)).toHaveLength(1);
    await context.close();
  });

  it('lets an admin add a user from the users page, and keeps them listed when the page\u2019s first load arrives late', async () => {
    const { context, page } = await personPage(session);
    await page.goto(session.server.url);
    await signInThroughDialog(page, admin);
    const held = await holdBackAnswer(page, (body) => body.query.startsWith('query Users'));
    await openAccountDialog(page, 'users');
    await held.answered;
    const email = `added-${Date.now()}@test.example`;
    await page.fill('#new-user-email', email);
    await page.fill('#new-user-name', 'Added Latest');
    await page.selectOption('#new-user-role', 'editor');
    await page.fill('#new-user-password', 'a long first password');
    await page.click('.new-user-form button[type=submit]');
    await page.waitForSelector(`.users-table tr:has-text("${email}")`, { timeout: 15_000 }).catch(async (error: unknown) => {
      await screenshot(page, 'workspace-users-failed');
      throw new Error(`${String(error)}; status: ${await page.textContent('#users .form-status')}`);
    });
    await held.release();
    const row = page.locator('.users-table tr', { hasText: email });
    expect(await row.count()).toBe(1);
    expect(await row.locator('select').inputValue()).toBe('editor');
    await screenshot(page, 'workspace-users');
    expect(await axeProblems(page, 'the users page')).toEqual([]);
    // The account works: the new user signs in with the first password.
    await expect(signIn(session.server.url, email, 'a long first password')).resolves.toMatch(/^nexus_session=/);
    await context.close();
  });

  it('lets an editor correct an actor the editors own (Edit…), proposing only what changed, and marks it as waiting for review', async () => {
    const name = `Latest Test Agency ${Date.now()}`;
    const proposal = await proposeOrganisation(name);
    const reviewerCookie = await signIn(session.server.url, reviewer.email, reviewer.password);
    const accepted = await graphqlAs(session, reviewerCookie, 'mutation ($id: ID!) { acceptProposal(id: $id) { subjectId } }', { id: proposal });
    const actor = accepted.data!.acceptProposal.subjectId as string;
    const { context, page } = await personPage(session);
    await page.goto(`${session.server.url}/?nodes=${encodeURIComponent(actor)}&select=${encodeURIComponent(actor)}`);
    await signInThroughDialog(page, editor);
    await page.click('.record-tools [data-edit="edit"]');
    await page.waitForSelector('#edit-name');
    expect(await page.inputValue('#edit-name')).toBe(name);
    expect(await page.inputValue('#edit-description')).toBe(`${name} is a test organisation.`);
    await page.fill('#edit-description', `${name} is a national agency for border control.`);
    await page.fill('#edit-aliases', 'LTA');
    await page.fill('#edit-note', 'Its own website says so.');
    await screenshot(page, 'workspace-edit-actor');
    expect(await axeProblems(page, 'the edit form')).toEqual([]);
    await page.click('.edit-form button[type=submit]');
    await page.waitForFunction(() => !document.querySelector<HTMLDialogElement>('#edit-record')!.open);
    await page.waitForFunction((id) => window.cy.getElementById(id).hasClass('has-proposal'), actor);
    const queue = await graphqlAs(session, await signIn(session.server.url, editor.email, editor.password), 'query ($ids: [ID!]) { proposals(subjectIds: $ids, statuses: [PROPOSED]) { nodes { action changes { name before after } } } }', { ids: [actor] });
    expect(queue.data!.proposals.nodes).toEqual([
      {
        action: 'UPDATE_ENTITY',
        changes: expect.arrayContaining([
          { name: 'description', before: `${name} is a test organisation.`, after: `${name} is a national agency for border control.` },
        ]),
      },
    ]);
    const changes = queue.data!.proposals.nodes[0].changes as { name: string; after: string | null }[];
    expect(changes.map((change) => change.name).sort()).toEqual(['aliases', 'description']);
    expect(changes.find((change) => change.name === 'aliases')!.after).toContain('LTA');
    await context.close();
  });

  it('lets a reviewer open the queue from the account menu and decide with the keyboard alone', async () => {
    const proposal = await proposeOrganisation(`Keyboard Test Bureau ${Date.now()}`);
    const { context, page } = await personPage(session);
    await page.goto(session.server.url);
    await signInThroughDialog(page, reviewer);
    await page.focus('#account-menu summary');
    await page.keyboard.press('Enter');
    // The menu's items follow its summary in the tab order: Investigations…, Review queue….
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-account'))).toBe('review');
    await page.keyboard.press('Enter');
    const item = page.locator(`[data-proposal="${proposal}"]`);
    await showInQueue(page, proposal);
    await item.locator('input').focus();
    await page.keyboard.type('Checked by keyboard.');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Accept');
    await page.keyboard.press('Enter');
    await page.waitForSelector(`[data-proposal="${proposal}"]`, { state: 'detached' });
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => document.querySelector<HTMLDialogElement>('#review')!.open)).toBe(false);
    const cookie = await signIn(session.server.url, reviewer.email, reviewer.password);
    const decided = await graphqlAs(session, cookie, 'query ($ids: [ID!]) { proposals(subjectIds: $ids, statuses: [ACCEPTED]) { nodes { id reviewComment } } }', { ids: [subjectOf.get(proposal)] });
    expect(decided.data!.proposals.nodes).toEqual([{ id: proposal, reviewComment: 'Checked by keyboard.' }]);
    await context.close();
  });

  it('logged no error in any page', () => {
    expect(session.consoleErrors).toEqual([]);
  });
});
