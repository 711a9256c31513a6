import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createTestExecutor } from '../support/database.js';
import { createTestUser, signIn, type TestUser } from '../support/workspace.js';
import { axeProblems } from './axe.js';
import { screenshot, startSettledExplorer, tapNode, waitForIdle, type ExplorerSession } from './explorer-harness.js';
import { graphqlAs, personPage as openPersonPage, showInQueue, signInThroughDialog } from './workspace-harness.js';

/**
 * The coordinators' workspace as people use it, in headless Chromium against the real server
 * and the workspace's Neo4j: an editor proposes a partner role with a verbatim quote, a
 * reviewer accepts it, a visitor sees it, its history shows both steps; a saved investigation
 * shared read-only opens for its reader after sign-in.
 */

const workspaceUri = inject('workspaceNeo4jUri');
const executor = createTestExecutor(workspaceUri);
let session: ExplorerSession;
let editor: TestUser;
let reviewer: TestUser;
let reader: TestUser;
let sourceId: string;
const ACTOR = 'org:undp';
const PROJECT = 'project:terrorism-arms-crime-nexus';
/** A fixture document of this test's own (the workspace database is the tests'), registered by the editor. */
const FIXTURE_TEXT = `Workspace test memo ${Date.now()}. The United Nations Development Programme collaborates on the project as a test partner.`;
const QUOTE = 'The United Nations Development Programme collaborates on the project as a test partner.';

const graphql = (cookie: string | null, query: string, variables: Record<string, unknown> = {}) => graphqlAs(session, cookie, query, variables);
const personPage = () => openPersonPage(session);

beforeAll(async () => {
  [editor, reviewer, reader] = await Promise.all([
    createTestUser(executor, { role: 'editor', name: 'Edna Editor' }),
    createTestUser(executor, { role: 'reviewer', name: 'Rita Reviewer' }),
    createTestUser(executor, { role: 'viewer', name: 'Victor Viewer' }),
  ]);
  session = await startSettledExplorer('/', { neo4jUri: workspaceUri });
  const cookie = await signIn(session.server.url, editor.email, editor.password);
  const registered = await graphql(
    cookie,
    'mutation R($input: RegisterSourceInput!) { registerSource(input: $input) { id } }',
    { input: { url: 'https://example.org/workspace-test-memo', title: `Workspace test memo`, publisher: 'Nexus Graph tests', text: FIXTURE_TEXT } },
  );
  expect(registered.errors).toBeUndefined();
  sourceId = registered.data!.registerSource.id;
}, 240_000);

afterAll(async () => {
  await session?.close();
  await executor.close();
});

describe('the coordinators\u2019 workspace in the explorer', { timeout: 120_000 }, () => {
  let proposalId: string;
  let linkId: string;

  it('lets an editor sign in and propose a partner role whose quote is checked against its source as it is typed', async () => {
    const { context, page } = await personPage();
    await page.goto(`${session.server.url}/?nodes=${encodeURIComponent(ACTOR)}&select=${encodeURIComponent(ACTOR)}`);
    await signInThroughDialog(page, editor);
    await page.click('[data-edit="propose-link"]');
    await page.selectOption('#propose-type', 'COLLABORATES_ON');
    await page.fill('.propose-target input', 'Terrorism-Arms-Crime');
    await page.click(`.propose-target [role=option][data-id="${PROJECT}"]`);
    await page.fill('#propose-start', '2024');
    await page.selectOption('#propose-source', sourceId);
    await page.fill('#propose-quote', 'The United Nations Development Programme collaborates on the proj3ct');
    await page.waitForSelector('#propose-quote-check[data-found="false"]');
    await page.fill('#propose-quote', QUOTE);
    await page.waitForSelector('#propose-quote-check[data-found="true"]');
    await screenshot(page, 'workspace-propose');
    expect(await axeProblems(page, 'the proposal form')).toEqual([]);
    await page.click('.propose-form button[type=submit]');
    await page.waitForFunction(() => !document.querySelector<HTMLDialogElement>('#propose')!.open);
    // For the editor the actor is marked as having a proposal waiting, and its details say which.
    await page.waitForFunction((id) => window.cy.getElementById(id).hasClass('has-proposal'), ACTOR);
    await page.waitForSelector('.record-tools .proposed-links');
    expect(await page.textContent('.record-tools .proposed-links')).toContain(`COLLABORATES_ON to ${PROJECT}`);
    await screenshot(page, 'workspace-proposed-mark');
    const queue = await graphql(await signIn(session.server.url, editor.email, editor.password), '{ proposals(first: 50) { nodes { id action subjectId proposedBy { id } evidence { quote source { id } } } } }');
    const mine = queue.data!.proposals.nodes.filter((proposal: any) => proposal.proposedBy.id === editor.id);
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ action: 'CREATE_RELATION', evidence: { quote: QUOTE, source: { id: sourceId } } });
    proposalId = mine[0].id;
    // Until accepted it is not in the graph: a visitor sees no such link.
    const before = await graphql(null, 'query ($id: ID!) { entity(id: $id) { relations(types: [COLLABORATES_ON], first: 20) { nodes { to { id } } } } }', { id: ACTOR });
    expect(before.data!.entity.relations.nodes.map((relation: any) => relation.to.id)).not.toContain(PROJECT);
    await context.close();
  });

  it('lets a different user, a reviewer, accept it from the review queue; a visitor then sees the link, and its history shows both steps', async () => {
    const { context, page } = await personPage();
    await page.goto(session.server.url);
    await signInThroughDialog(page, reviewer);
    await page.click('#account-menu summary');
    await page.click('[data-account="review"]');
    const item = page.locator(`[data-proposal="${proposalId}"]`);
    await showInQueue(page, proposalId);
    await expect(item.locator('.review-quote').textContent()).resolves.toContain(QUOTE);
    await screenshot(page, 'workspace-review');
    await item.locator('input').fill('Checked against the memo.');
    await item.locator('button:text("Accept")').click();
    await page.waitForSelector(`[data-proposal="${proposalId}"]`, { state: 'detached' });
    await context.close();

    const after = await graphql(null, 'query ($id: ID!) { entity(id: $id) { relations(types: [COLLABORATES_ON], first: 20) { nodes { id to { id } datasets { id } } } } }', { id: ACTOR });
    const link = after.data!.entity.relations.nodes.find((relation: any) => relation.to.id === PROJECT);
    expect(link.datasets.map((dataset: any) => dataset.id)).toEqual(['dataset:editors']);
    linkId = link.id;

    // The visitor's explorer draws it; a signed-in viewer reads its history.
    const visitor = await personPage();
    await visitor.page.goto(`${session.server.url}/?nodes=${encodeURIComponent(ACTOR)},${encodeURIComponent(PROJECT)}&select=${encodeURIComponent(link.id)}`);
    await visitor.page.waitForFunction((id) => window.cy?.getElementById(id).nonempty(), link.id);
    await signInThroughDialog(visitor.page, reader);
    await visitor.page.click('.record-tools .history summary');
    await visitor.page.waitForSelector('.history-event[data-action="PROPOSAL_ACCEPTED"], .history-event[data-action="RECORD_CREATED"]');
    const actions = await visitor.page.$$eval('.history-event', (items) => items.map((item) => item.getAttribute('data-action')));
    expect(actions).toEqual(expect.arrayContaining(['RECORD_CREATED']));
    const history = await graphql(await signIn(session.server.url, reader.email, reader.password), 'query ($id: ID!) { history(id: $id) { nodes { action actorName } } }', { id: link.id });
    const steps = history.data!.history.nodes.map((event: any) => `${event.action} ${event.actorName}`);
    expect(steps).toEqual(expect.arrayContaining([expect.stringMatching(/^RECORD_CREATED Rita Reviewer$/)]));
    await screenshot(visitor.page, 'workspace-history');
    await visitor.context.close();
  });

  it('lets the editor change the period of the link the editors own (Change period…, starting from the dates it has); once accepted the link has the new period', async () => {
    const { context, page } = await personPage();
    await page.goto(`${session.server.url}/?nodes=${encodeURIComponent(ACTOR)},${encodeURIComponent(PROJECT)}&select=${encodeURIComponent(linkId)}`);
    await signInThroughDialog(page, editor);
    await page.click('.record-tools [data-edit="edit"]');
    await page.waitForSelector('#edit-start');
    expect(await page.inputValue('#edit-start')).toBe('2024');
    await page.click('.edit-form button[type=submit]');
    expect(await page.textContent('.edit-form .form-error')).toBe('Nothing changed: change a field first.');
    await page.fill('#edit-start', '2024-05');
    await page.fill('#edit-note', 'The memo\u2019s annex dates the start to May 2024.');
    await screenshot(page, 'workspace-change-period');
    expect(await axeProblems(page, 'the edit form')).toEqual([]);
    await page.click('.edit-form button[type=submit]');
    await page.waitForFunction(() => !document.querySelector<HTMLDialogElement>('#edit-record')!.open);
    await page.waitForFunction((id) => window.cy.getElementById(id).hasClass('has-proposal'), linkId);
    await context.close();

    const editorCookie = await signIn(session.server.url, editor.email, editor.password);
    const queue = await graphql(editorCookie, 'query ($ids: [ID!]) { proposals(subjectIds: $ids, statuses: [PROPOSED]) { nodes { id action changes { name before after } evidence { editorNote } } } }', { ids: [linkId] });
    const [change] = queue.data!.proposals.nodes;
    expect(change).toMatchObject({ action: 'CHANGE_PERIOD', changes: [{ name: 'startDate', before: '2024', after: '2024-05' }], evidence: { editorNote: 'The memo\u2019s annex dates the start to May 2024.' } });
    const accepted = await graphql(await signIn(session.server.url, reviewer.email, reviewer.password), 'mutation ($id: ID!) { acceptProposal(id: $id) { status } }', { id: change.id });
    expect(accepted.data!.acceptProposal.status).toBe('ACCEPTED');
    const relation = await graphql(null, 'query ($id: ID!) { relation(id: $id) { startDate endDate } }', { id: linkId });
    expect(relation.data!.relation).toEqual({ startDate: '2024-05', endDate: null });
  });

  it('saves an investigation, shares it read-only, and opens it from its link for the reader once signed in', async () => {
    const owner = await personPage();
    await owner.page.goto(`${session.server.url}/?nodes=${encodeURIComponent(ACTOR)},${encodeURIComponent(PROJECT)}&layout=concentric`);
    await signInThroughDialog(owner.page, editor);
    await waitForIdle(owner.page);
    await owner.page.click('#account-menu summary');
    await owner.page.click('[data-account="investigations"]');
    await owner.page.fill('#investigation-name', 'UNDP and the project');
    await owner.page.fill('#investigation-notes', 'Ask UNODC for the partnership agreement.');
    await owner.page.click('.investigation-save button[type=submit]');
    const item = owner.page.locator('.investigation-item', { hasText: 'UNDP and the project' });
    await item.waitFor();
    const id = await item.getAttribute('data-investigation');
    await item.locator('input[type=email]').fill(reader.email);
    await item.locator('.share-form button').click();
    await owner.page.waitForFunction(() => /Shared|not|fail|nobody/i.test(document.querySelector('#investigations .form-status')?.textContent ?? ''));
    expect(await owner.page.textContent('#investigations .form-status')).toBe(`Shared “UNDP and the project” with ${reader.email}.`);
    await owner.page.waitForSelector(`.investigation-item[data-investigation="${id}"] >> text=Shared with Victor Viewer (read-only)`);
    await screenshot(owner.page, 'workspace-investigations');
    expect(await axeProblems(owner.page, 'the investigations dialog')).toEqual([]);
    await owner.context.close();

    const visitor = await personPage();
    await visitor.page.goto(`${session.server.url}/?investigation=${encodeURIComponent(id!)}`);
    await visitor.page.waitForSelector('#sign-in[open]');
    await visitor.page.fill('#sign-in-email', reader.email);
    await visitor.page.fill('#sign-in-password', reader.password);
    await visitor.page.click('.sign-in-form button[type=submit]');
    // Opened: the saved view replaces the first view (its layout, its two nodes), and the notice names it.
    await visitor.page.waitForFunction(() => location.search.includes('layout=concentric'));
    await visitor.page.waitForFunction((ids) => ids.every((node) => window.cy?.getElementById(node).nonempty()), [ACTOR, PROJECT]);
    expect(await visitor.page.evaluate(() => window.cy.nodes().map((node) => node.id()).sort())).toEqual([ACTOR, PROJECT].sort());
    await visitor.page.waitForSelector('text=Opened “UNDP and the project” (shared with you, read-only)');
    await screenshot(visitor.page, 'workspace-investigation-opened');
    await visitor.context.close();

    // A user it is not shared with is told so, not shown it.
    const stranger = await createTestUser(executor, { role: 'editor' });
    const refused = await graphql(await signIn(session.server.url, stranger.email, stranger.password), 'query ($id: ID!) { investigation(id: $id) { id } }', { id });
    expect(refused.errors?.map((error) => error.extensions.code)).toEqual(['FORBIDDEN']);
  });

  it('logged no error in any page', () => {
    expect(session.consoleErrors).toEqual([]);
  });
});
