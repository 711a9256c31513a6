import { ApiClient } from './api/client.js';
import { PROJECT_ID } from './core/questions/index.js';
import { decodeView } from './core/view/index.js';
import { byId } from './ui/dom/element.js';
import { mountDetails } from './ui/details/details-panel.js';
import { Explorer } from './ui/explorer/explorer.js';
import { openOverview } from './ui/explorer/overview.js';
import { syncUrl } from './ui/explorer/url-sync.js';
import { mountExport } from './ui/export/export-menu.js';
import { createGraph } from './ui/graph/create-graph.js';
import { attachGraphInteraction, attachShortcuts } from './ui/graph/interaction.js';
import { LayoutRunner } from './ui/graph/layouts.js';
import { attachMinimap } from './ui/graph/minimap.js';
import { mountHubThreshold } from './ui/hubs/threshold-field.js';
import { mountLegend } from './ui/legend/legend-panel.js';
import { mountNetworkOverview } from './ui/network/network-overview.js';
import { mountTabs } from './ui/panels/tabs.js';
import type { Workbench } from './ui/panels/workbench.js';
import { mountPaths } from './ui/paths/paths-panel.js';
import { mountQuestions } from './ui/questions/questions-panel.js';
import { SourceReader } from './ui/reader/source-reader.js';
import { mountMatrix } from './ui/matrix/matrix-panel.js';
import { mountRoles } from './ui/roles/roles-panel.js';
import { DEFAULT_SANCTIONS_REGIME, mountSanctions } from './ui/sanctions/sanctions-panel.js';
import { createEntitySearch } from './ui/search/entity-search.js';
import { mountOutageBanner } from './ui/status/outage-banner.js';
import { mountStatusBar } from './ui/status/status-bar.js';
import { mountTimeline } from './ui/timeline/timeline-strip.js';
import { mountToolbar } from './ui/toolbar/toolbar.js';
import { mountAccountMenu } from './ui/account/account-menu.js';
import { Session } from './ui/account/session.js';
import { createSignInDialog } from './ui/account/sign-in-dialog.js';
import { InvestigationsDialog } from './ui/investigations/investigations-dialog.js';
import { investigationIdOf } from './core/workspace/investigation.js';
import { ApiError } from './api/client.js';
import { EditRecordDialog } from './ui/workspace/edit-record-dialog.js';
import { mountProposalMarks } from './ui/workspace/proposal-marks.js';
import { ProposeRelationDialog } from './ui/workspace/propose-relation-dialog.js';
import { recordTools } from './ui/workspace/record-tools.js';
import { ReviewDialog } from './ui/workspace/review-dialog.js';
import { UsersDialog } from './ui/account/users-dialog.js';
import { h } from './ui/dom/element.js';
import { hasRole } from './core/workspace/account.js';

/** Wires the explorer's parts together; each part lives in its own module under ui/ and core/. */

const api = new ApiClient();
const graphContainer = byId('graph');
const cy = createGraph(graphContainer);
// The tools box on the graph's top-left corner (Overview, Group above) is kept clear of what a fit shows.
const graphTools = document.querySelector<HTMLElement>('.graph-tools');
const layouts = new LayoutRunner(cy, () => ({ top: graphTools ? graphTools.offsetTop + graphTools.offsetHeight : 0 }));
layouts.warmUp();
const explorer = new Explorer(cy, api, layouts);

cy.one('add', () => cy.one('render', () => performance.mark('nexus:first-graph')));

const reader = new SourceReader(byId<HTMLDialogElement>('reader'), api);
// The coordinators' workspace: who is signed in; what editors propose and reviewers accept.
const session = new Session(api);
const proposalMarks = mountProposalMarks(explorer, api, session);
/** A proposal made: say so, and mark what it would change. */
const proposed = (message: string) => {
  explorer.notice(message);
  proposalMarks.refresh();
};
const proposeRelation = new ProposeRelationDialog(byId<HTMLDialogElement>('propose'), api, proposed);
const editRecord = new EditRecordDialog(byId<HTMLDialogElement>('edit-record'), api, proposed);
const tabs = mountTabs(byId('panel-tabs'), {
  details: byId('panel-details'),
  questions: byId('panel-questions'),
  paths: byId('panel-paths'),
  roles: byId('panel-roles'),
  matrix: byId('panel-matrix'),
  sanctions: byId('panel-sanctions'),
});
const paths = mountPaths(byId('panel-paths'), explorer, api);
const roles = mountRoles(byId('panel-roles'), explorer, api, proposalMarks);
const matrix = mountMatrix(byId('panel-matrix'), explorer, api);
const sanctions = mountSanctions(byId('panel-sanctions'), explorer, api);
const workbench: Workbench = {
  showTab: (tab) => tabs.show(tab),
  openReader: (evidence) => void reader.open(evidence),
  findPaths(fromId, toId) {
    tabs.show('paths');
    paths.prefill(fromId, toId);
  },
  showRoles(entityId) {
    tabs.show('roles');
    void roles.load(entityId);
  },
  showSanctions(entityId) {
    tabs.show('sanctions');
    void sanctions.load(entityId);
  },
  recordTools: (record) => recordTools(record, { api, session, proposeRelation, editRecord, proposalMarks, notice: proposed }),
};
// The roles table opens on the project's partner map the first time it is shown.
tabs.onShow((tab) => {
  if (tab === 'roles' && !roles.loaded) void roles.load(PROJECT_ID);
  // The tables open on Central Asia × treaties and on the Al-Qaida list; they widen the panel.
  if (tab === 'matrix') matrix.ensureLoaded();
  if (tab === 'sanctions' && !sanctions.loaded) void sanctions.load(DEFAULT_SANCTIONS_REGIME);
  const wide = tab === 'matrix' || tab === 'sanctions';
  if (document.body.classList.contains('wide-panel') !== wide) {
    document.body.classList.toggle('wide-panel', wide);
    cy.resize();
  }
  // Whatever a panel is about stays in sight beside it.
  explorer.focus([explorer.state.selected]);
});
const details = mountDetails(byId('panel-details'), explorer, api, workbench);
session.onChange(() => details.refresh());
// What waits for review shows in the details too (a proposed new link of the record shown).
proposalMarks.onChange(() => details.refresh());
mountQuestions(byId('panel-questions'), explorer, api, {
  prefill: (fromId, toId) => workbench.findPaths(fromId, toId),
  find: (fromId, toId, maxLength) => paths.find(fromId, toId, maxLength),
});

const search = createEntitySearch({
  api,
  label: 'Search actors, instruments and events',
  placeholder: 'Search: UNODC, Kazakhstan, Madrid…',
  className: 'main-search',
  onChoose: (hit) => {
    explorer.store.add({ nodes: [hit.entity], edges: [] });
    tabs.show('details');
    void explorer.expand(hit.entity.id).then(() => explorer.focus([hit.entity.id]));
  },
});
byId('search-slot').replaceWith(search.element);

mountLegend(byId('legend'), explorer);
mountToolbar(explorer);
mountNetworkOverview(byId<HTMLDialogElement>('network-overview'), byId<HTMLButtonElement>('network-overview-open'), explorer, api);
mountHubThreshold(byId<HTMLInputElement>('hub-threshold'), explorer);
// Opening a group node (Enter, double-click) shows its members in the details.
explorer.onGroupOpen(() => tabs.show('details'));
mountExport(byId<HTMLDetailsElement>('export-menu'), explorer);
mountTimeline(byId('timeline'), explorer, api);
mountStatusBar(byId('status'), explorer, api, layouts);
mountOutageBanner(byId('outage'), api, explorer);
layouts.onFailure((message) => explorer.notice(message));
// A click in the graph is a question about what was clicked: the details answer it.
attachGraphInteraction(graphContainer, byId('graph-announcer'), explorer, () => tabs.show('details'));
attachShortcuts(explorer, search.input);
const minimap = attachMinimap(byId<HTMLCanvasElement>('minimap'), cy, () => explorer.state.minimap);
explorer.onChange(() => minimap.redraw());
syncUrl(explorer);

// Saved investigations, the review queue, and the account corner that opens them.
const signInDialog = createSignInDialog(byId<HTMLDialogElement>('sign-in'), session);
const investigations = new InvestigationsDialog(byId<HTMLDialogElement>('investigations'), explorer, api);
const review = new ReviewDialog(byId<HTMLDialogElement>('review'), api, session, () => {
  details.refresh();
  proposalMarks.refresh();
});
const users = new UsersDialog(byId<HTMLDialogElement>('users'), api);
mountAccountMenu(byId('account'), session, {
  signIn: () => void signInDialog.open(),
  openInvestigations: () => void investigations.show(),
  notice: (message) => explorer.notice(message),
  extraItems: (account) => [
    ...(hasRole(account, 'editor') ? [h('button', { type: 'button', 'data-account': 'review', onclick: () => void review.show() }, 'Review queue…')] : []),
    ...(hasRole(account, 'admin') ? [h('button', { type: 'button', 'data-account': 'users', onclick: () => void users.show() }, 'Users…')] : []),
  ],
});
const sessionKnown = session.refresh().catch(() => null);

/** A shared link to a saved investigation asks its reader to sign in, then opens it (or says why not). */
async function openSharedInvestigation(id: string): Promise<void> {
  const account = await sessionKnown;
  if (!account && !(await signInDialog.open('This link opens a saved investigation: sign in to see it.'))) {
    explorer.notice('The saved investigation stays closed until you sign in.');
    return;
  }
  try {
    await investigations.open(id);
  } catch (error) {
    explorer.notice(error instanceof ApiError ? error.message : 'The saved investigation could not be opened.');
  }
}

const { state, hasNodes } = decodeView(location.search);
const investigationId = investigationIdOf(location.search);
void (hasNodes ? explorer.open(state, 'replace') : openOverview(explorer, state)).then(() => {
  if (investigationId) void openSharedInvestigation(investigationId);
  // A shared link's sanctions subject opens its tab once the view it came with is drawn.
  if (state.sanctions) workbench.showSanctions(state.sanctions);
});
