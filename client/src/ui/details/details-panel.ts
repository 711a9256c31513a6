import type { ApiClient } from '../../api/client.js';
import {
  ENTITY_DETAILS,
  ENTITY_STATEMENTS,
  RELATION_PROVENANCE,
  type EntityDetails,
  type EntityDetailsResult,
  type EntityStatementsResult,
  type RelationProvenance,
  type RelationProvenanceResult,
} from '../../api/documents.js';
import type { RelationSummary } from '../../core/graph/index.js';
import { isCurated } from '../../core/provenance/index.js';
import { isGroupId } from '../../core/hubs/index.js';
import { LatestOnly } from '../../core/requests/index.js';
import { createGroupPanel } from '../hubs/group-list.js';
import { h, replaceChildren } from '../dom/element.js';
import type { Explorer } from '../explorer/explorer.js';
import type { Workbench } from '../panels/workbench.js';
import { entityBody, entityHeader } from './entity-view.js';
import { evidenceList } from './evidence-list.js';
import { provenanceView, type MoreStatements } from './provenance-view.js';
import { relationView } from './relation-view.js';
import { statementsView } from './statements-view.js';

/**
 * What the sources say about the selected node or link. A node's header and actions show at
 * once; its properties, positions and evidence follow from the API (cached per entity).
 */
export function mountDetails(container: HTMLElement, explorer: Explorer, api: ApiClient, workbench: Workbench): { refresh(): void } {
  const cache = new Map<string, EntityDetails>();
  const relationCache = new Map<string, RelationProvenance>();
  let shown: string | null | undefined;
  const latest = new LatestOnly();
  const groups = createGroupPanel(container, explorer);
  /** Facts or statements: kept from one selection to the next, so a reader can go through actors' quotes in turn. */
  let mode: DetailsMode = 'facts';

  /** The entity's body in the chosen mode; its statements need every link of it, fetched first if need be. */
  async function showEntity(header: HTMLElement, details: EntityDetails): Promise<void> {
    const body = () => (mode === 'facts' ? entityBody(details, explorer, workbench, moreStatements(details)) : statementsView(details, explorer, workbench));
    const switcher = modeSwitch(mode, (next) => {
      mode = next;
      void showEntity(header, details).then(() => container.querySelector<HTMLButtonElement>(`.details-modes button[data-mode="${next}"]`)?.focus());
    });
    if (mode === 'statements' && !explorer.store.isComplete(details.id)) {
      replaceChildren(container, header, switcher, h('p', { class: 'loading', role: 'status' }, 'Loading every link and its quotes…'));
      await explorer.loader.complete([details.id], `the links of ${details.name}`);
      if (explorer.state.selected !== details.id) return;
    }
    replaceChildren(container, header, switcher, body(), workbench.recordTools?.({ id: details.id, name: details.name, kind: 'entity' }) ?? null);
  }

  async function render(force = false): Promise<void> {
    const id = explorer.state.selected;
    if (id === shown && !force) return;
    shown = id;
    // Whatever was loading for the previous selection is no longer wanted.
    latest.cancel();
    if (!id) {
      replaceChildren(container, emptyState(explorer));
      return;
    }
    if (isGroupId(id)) {
      groups.show(id);
      return;
    }
    const relation = explorer.store.relations.get(id);
    if (relation) {
      const name = `${relation.type} from ${explorer.nameOf(relation.from.id)} to ${explorer.nameOf(relation.to.id)}`;
      replaceChildren(container, relationView(relation, explorer, workbench, relationProvenance(relation)), workbench.recordTools?.({ id: relation.id, name, kind: 'relation' }) ?? null);
      return;
    }
    if (!explorer.store.entities.has(id)) {
      replaceChildren(container, h('p', { class: 'hint' }, `Nothing is known about ${id}.`));
      return;
    }
    const header = entityHeader(id, explorer, workbench);
    const cached = cache.get(id);
    if (cached) {
      await showEntity(header, cached);
      return;
    }
    replaceChildren(container, header, h('p', { class: 'loading', role: 'status' }, 'Loading what the sources say…'));
    const ticket = latest.next();
    try {
      const { entity } = await api.request<EntityDetailsResult>(ENTITY_DETAILS, { id }, `details of ${explorer.nameOf(id)}`, { signal: ticket.signal });
      if (!ticket.current) return;
      if (!entity) {
        replaceChildren(container, header, h('p', { class: 'hint' }, 'This entity is no longer in the graph.'));
        return;
      }
      cache.set(id, entity);
      await showEntity(header, entity);
    } catch (error) {
      if (ticket.current) replaceChildren(container, header, h('p', { class: 'error' }, `Could not load the details: ${(error as Error).message}`));
    }
  }

  /** The next pages of an entity's statements, one request per click. */
  function moreStatements(details: EntityDetails): MoreStatements {
    let after = details.statements.pageInfo.endCursor;
    return async () => {
      const { statements } = await api.request<EntityStatementsResult>(ENTITY_STATEMENTS, { id: details.id, after }, `records about ${details.name}`);
      after = statements?.pageInfo.endCursor ?? null;
      return { statements: statements?.nodes ?? [], hasMore: !!statements?.pageInfo.hasNextPage };
    };
  }

  /**
   * Who states a link and on what record: drawn at once with the curated passages the graph
   * already holds, then completed from the API with the datasets and their verbatim records.
   */
  function relationProvenance(relation: RelationSummary): HTMLElement {
    const slot = h('div', { class: 'relation-provenance' });
    const show = (provenance: RelationProvenance) =>
      replaceChildren(
        slot,
        provenanceView(
          {
            datasets: provenance.datasets,
            evidence: relation.evidence,
            statements: provenance.statements,
            referenceTotal: provenance.statements.filter((statement) => !isCurated(statement.dataset.id)).length,
          },
          workbench.openReader,
        ),
      );
    const cached = relationCache.get(relation.id);
    if (cached) {
      show(cached);
      return slot;
    }
    replaceChildren(
      slot,
      h('h3', {}, `What the sources say (${relation.evidence.length})`),
      evidenceList(relation.evidence, workbench.openReader),
      h('p', { class: 'loading', role: 'status' }, 'Loading which datasets state it…'),
    );
    const ticket = latest.next();
    api
      .request<RelationProvenanceResult>(RELATION_PROVENANCE, { id: relation.id }, `sources of a link of ${explorer.nameOf(relation.from.id)}`, { signal: ticket.signal })
      .then(({ relation: provenance }) => {
        if (!ticket.current || !provenance) return;
        relationCache.set(relation.id, provenance);
        show(provenance);
      })
      .catch((error: Error) => {
        if (ticket.current) slot.querySelector('.loading')?.replaceWith(h('p', { class: 'error' }, `Could not load the datasets: ${error.message}`));
      });
    return slot;
  }

  // Pinning changes the header's button; new links change the list: redraw on every step.
  // A play's years replace one another: a link's "As of" line follows them.
  let asOf = explorer.state.asOf;
  explorer.onChange((state, kind) => {
    const dateMoved = state.asOf !== asOf;
    asOf = state.asOf;
    void render(kind !== 'replace' || dateMoved);
  });
  void render();
  // Signing in or out changes what the details offer (the workspace's tools).
  return { refresh: () => void render(true) };
}

type DetailsMode = 'facts' | 'statements';

/** Two views of an entity: its facts and links, or every statement the sources make about it. */
function modeSwitch(mode: DetailsMode, choose: (mode: DetailsMode) => void): HTMLElement {
  const button = (value: DetailsMode, label: string, title: string) =>
    h('button', { type: 'button', 'data-mode': value, 'aria-pressed': String(mode === value), title, onclick: () => mode !== value && choose(value) }, label);
  return h(
    'div',
    { class: 'details-modes button-group', role: 'group', 'aria-label': 'Show' },
    button('facts', 'Facts and links', 'Its names, dates and links'),
    button('statements', 'Statements', 'Every quote about it and its links, with the sources, in one list'),
  );
}

function emptyState(explorer: Explorer): HTMLElement {
  return h(
    'div',
    { class: 'details-empty' },
    h('h2', {}, 'Details'),
    h('p', {}, 'Select a node or a link to see what the sources say about it: its names, dates, links and the quoted passages, each with its source document.'),
    h(
      'ul',
      { class: 'hint' },
      h('li', {}, 'Double-click a node (or press Enter) to bring in its links.'),
      h('li', {}, 'Search above to find any actor by name or acronym.'),
      h('li', {}, 'In the graph, the arrow keys move from node to node.'),
    ),
    h('p', { class: 'hint' }, `${explorer.cy.nodes().length} entities and ${explorer.cy.edges().length} links in view.`),
  );
}
