import type { Core, EventObject } from 'cytoscape';
import type { ApiClient } from '../../api/client.js';
import { NETWORK, type NetworkResult } from '../../api/documents.js';
import { isDatasetId } from '../../core/model/index.js';
import { DATASET_SHORT_NAMES } from '../../core/provenance/index.js';
import {
  idsToAdd,
  mergePages,
  networkSummary,
  pickMany,
  pickNode,
  shownDatasets,
  visibleNetwork,
  type NetworkGraph,
  type NetworkNode,
  type NetworkPage,
} from '../../core/network/index.js';
import { LatestOnly } from '../../core/requests/index.js';
import { h, replaceChildren } from '../dom/element.js';
import { kindSwatch } from '../dom/swatch.js';
import type { Explorer } from '../explorer/explorer.js';
import { createOverviewGraph, drawNetwork } from './overview-graph.js';
import { layOutNetwork } from './overview-layout.js';

/** Entities and links per request: the wider nexus (~6,500 items) in four pages. */
const PAGE_SIZE = 2_000;
/** A read that never ends is a bug, not a big graph: the API's pages are bounded. */
const MAX_PAGES = 100;

/**
 * The whole-network overview (point 6 of issue 13): a full-panel modal dialog that draws every
 * entity of the layers the legend shows, laid out in a worker, from which the reader picks
 * entities (a click, shift-clicks, a shift-drag box) and adds them to the working view in one
 * undoable step. Escape or Close shuts it and focus returns to the toolbar's Overview button.
 */
export function mountNetworkOverview(dialog: HTMLDialogElement, opener: HTMLButtonElement, explorer: Explorer, api: ApiClient): void {
  const status = h('p', { class: 'overview-status', role: 'status' });
  const canvas = h('div', {
    class: 'overview-canvas',
    tabindex: '0',
    role: 'application',
    'aria-roledescription': 'network overview',
    'aria-label': 'Every entity of the shown layers. Click an entity to pick it; shift-click or shift-drag a box to pick several.',
  });
  const hint = h('p', { class: 'overview-hint' }, 'Click an entity to see it and pick it; Shift-click, or Shift-drag a box, to pick several. Drag to pan, scroll to zoom.');
  const details = h('div', { class: 'overview-details', 'aria-live': 'polite' }, hint);
  const pickedList = h('ul', { class: 'overview-picked', 'aria-label': 'Picked entities' });
  const add = h('button', { type: 'button', class: 'primary', disabled: true }, 'Add to view');
  const clear = h('button', { type: 'button', disabled: true }, 'Clear picks');
  const close = h('button', { type: 'button', class: 'close', 'aria-label': 'Close the overview' }, '×');
  replaceChildren(
    dialog,
    h(
      'div',
      { class: 'overview-frame' },
      h('header', { class: 'overview-header' }, h('h2', { id: 'overview-title' }, 'The whole network'), status, close),
      h('div', { class: 'overview-body' }, canvas, h('aside', { class: 'overview-side', 'aria-label': 'Picks' }, details, h('h3', {}, 'Picked'), pickedList, h('div', { class: 'overview-actions' }, add, clear))),
    ),
  );
  dialog.setAttribute('aria-labelledby', 'overview-title');

  let cy: Core | undefined;
  let graph: NetworkGraph = { nodes: [], edges: [] };
  let names = new Map<string, NetworkNode>();
  let picked: string[] = [];
  /** Each layer set's network and layout, read and computed once per page load. */
  const cache = new Map<string, Promise<{ graph: NetworkGraph; positions: Map<string, { x: number; y: number }> }>>();

  const showPicks = () => {
    cy?.batch(() => {
      const wanted = new Set(picked);
      cy!.nodes(':selected').filter((node) => !wanted.has(node.id())).unselect();
      for (const id of picked) cy!.getElementById(id).select();
    });
    const inView = new Set(explorer.state.nodes);
    replaceChildren(
      pickedList,
      picked.map((id) => {
        const node = names.get(id);
        return h(
          'li',
          {},
          node ? kindSwatch(node.kind, 14) : null,
          h('span', {}, node?.name ?? id, inView.has(id) ? h('small', {}, ' (in view)') : null),
          h('button', { type: 'button', class: 'link', 'aria-label': `Unpick ${node?.name ?? id}`, onclick: () => setPicks(picked.filter((entry) => entry !== id)) }, '×'),
        );
      }),
    );
    const adding = idsToAdd(picked, explorer.state.nodes).length;
    add.disabled = picked.length === 0;
    add.textContent = adding > 0 ? `Add ${adding} to view` : picked.length ? 'Show in view' : 'Add to view';
    clear.disabled = picked.length === 0;
  };
  const setPicks = (next: string[]) => {
    picked = next;
    showPicks();
  };
  const describe = (id: string) => {
    const node = names.get(id);
    if (!node) return;
    const degree = cy?.getElementById(id).degree(false) ?? 0;
    replaceChildren(
      details,
      h('h3', {}, node.name),
      h('p', {}, `${node.kind} · ${degree} ${degree === 1 ? 'link' : 'links'} in the overview`),
      h('p', { class: 'overview-datasets' }, `Asserted by: ${node.datasetIds.map((dataset) => (isDatasetId(dataset) ? DATASET_SHORT_NAMES[dataset] : dataset)).join(', ') || 'no dataset'}`),
      h('p', {}, explorer.state.nodes.includes(id) ? 'In the view already.' : 'Not in the view yet.'),
    );
  };

  const graphOf = (hidden: readonly string[]) => {
    const datasets = shownDatasets(hidden);
    const key = datasets.join(' ');
    let entry = cache.get(key);
    if (!entry) {
      entry = readNetwork(api, datasets).then(async (whole) => ({ graph: whole, positions: await layOutNetwork(whole) }));
      entry.catch(() => cache.delete(key));
      cache.set(key, entry);
    }
    return entry;
  };

  /** Each opening draws the layers shown then; an earlier opening's answer arriving later is dropped. */
  const latest = new LatestOnly();
  const open = async () => {
    if (!dialog.open) dialog.showModal();
    canvas.focus();
    status.textContent = 'Reading the whole network…';
    cy ??= attach(createOverviewGraph(canvas));
    const ticket = latest.next();
    try {
      const { graph: whole, positions } = await graphOf(explorer.state.hiddenDatasets);
      if (!ticket.current) return;
      const state = explorer.state;
      graph = visibleNetwork(whole, state);
      names = new Map(graph.nodes.map((node) => [node.id, node]));
      cy.resize();
      performance.mark('nexus:overview-laid-out');
      status.textContent = 'Drawing the whole network…';
      if (!(await drawNetwork(cy, graph, positions, () => ticket.current))) return;
      picked = picked.filter((id) => names.has(id));
      showPicks();
      const hiddenNote = state.hiddenDatasets.length ? ` (${state.hiddenDatasets.length} of the legend’s layers hidden)` : '';
      status.textContent = `${networkSummary(graph)}${hiddenNote}`;
      performance.mark('nexus:overview-drawn');
    } catch (error) {
      if (ticket.current) status.textContent = `Could not draw the overview: ${(error as Error).message}`;
    }
  };

  const attach = (graphCy: Core) => {
    graphCy.on('tap', 'node', (event: EventObject) => {
      const id = event.target.id() as string;
      const additive = (event.originalEvent as MouseEvent | undefined)?.shiftKey === true;
      describe(id);
      // After Cytoscape's own selection handling of the same tap.
      setTimeout(() => setPicks(pickNode(picked, id, additive)));
    });
    graphCy.on('boxend', () => setTimeout(() => setPicks(pickMany(picked, graphCy.nodes(':selected').map((node) => node.id())))));
    return graphCy;
  };

  add.addEventListener('click', () => {
    const ids = [...picked];
    dialog.close();
    void explorer.reveal(ids, ids.at(-1) ?? null);
  });
  clear.addEventListener('click', () => setPicks([]));
  close.addEventListener('click', () => dialog.close());
  dialog.addEventListener('close', () => opener.focus());
  opener.addEventListener('click', () => void open());
}

/** Every page of the network of these datasets, read one after the other. */
async function readNetwork(api: ApiClient, datasetIds: readonly string[]): Promise<NetworkGraph> {
  const pages: NetworkPage[] = [];
  let after: string | null = null;
  for (let count = 0; count < MAX_PAGES; count += 1) {
    const { network }: NetworkResult = await api.request(NETWORK, { datasetIds, first: PAGE_SIZE, after }, `the whole network (page ${count + 1})`);
    pages.push(network);
    if (!network.pageInfo.hasNextPage) return mergePages(pages);
    after = network.pageInfo.endCursor;
  }
  throw new Error(`the network did not end within ${MAX_PAGES} pages`);
}
