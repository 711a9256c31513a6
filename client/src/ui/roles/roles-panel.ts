import type { ApiClient } from '../../api/client.js';
import { PARTNER_ROLES as PARTNER_ROLES_QUERY, type PartnerRolesResult } from '../../api/documents.js';
import { PARTNER_ROLES } from '../../core/model/index.js';
import { PROJECT_ID } from '../../core/questions/index.js';
import { LatestOnly } from '../../core/requests/index.js';
import { filterRoleRows, rolesCsv, sortRoleRows, toRoleRows, type RoleFilter, type RoleRow, type RoleSort } from '../../core/roles/index.js';
import { download, h, replaceChildren } from '../dom/element.js';
import type { Explorer } from '../explorer/explorer.js';
import { createEntitySearch } from '../search/entity-search.js';
import type { ProposalMarksView } from '../workspace/proposal-marks.js';
import { rolesTable } from './roles-table.js';

export interface RolesPanel {
  load(entityId: string): Promise<void>;
  /** False until a first table has been asked for (the tab loads the project's on first view). */
  readonly loaded: boolean;
}

const PROJECT_KINDS = new Set(['Project', 'Event']);

/**
 * The coordinators' partner map as a table (actor × role × target, with period and evidence
 * count) for the project or any actor: sortable, filterable, downloadable as CSV; choosing a row
 * shows that role in the graph.
 */
export function mountRoles(container: HTMLElement, explorer: Explorer, api: ApiClient, proposals?: ProposalMarksView): RolesPanel {
  let rows: RoleRow[] = [];
  let subject = PROJECT_ID;
  let sort: RoleSort = { column: 'role', direction: 'ascending' };
  const filter: RoleFilter = { text: '', role: 'all' };
  let chosen: string | null = null;
  let loaded = false;
  const latest = new LatestOnly();

  const picker = createEntitySearch({ api, label: 'Roles of', placeholder: 'The project, or any actor', onChoose: (hit) => void load(hit.entity.id) });
  const text = h('input', { id: 'roles-filter', type: 'search', placeholder: 'Filter by name…', oninput: () => ((filter.text = text.value), render()) });
  const role = h(
    'select',
    { id: 'roles-role', onchange: () => ((filter.role = role.value as RoleFilter['role']), render()) },
    h('option', { value: 'all' }, 'All roles'),
    PARTNER_ROLES.map((name) => h('option', { value: name }, name)),
  );
  const csvButton = h('button', { type: 'button', onclick: exportCsv, title: 'Download the rows shown as a spreadsheet (CSV)' }, 'Export CSV');
  const summary = h('p', { class: 'roles-summary', 'aria-live': 'polite' });
  const tableHolder = h('div', { class: 'table-scroll' });
  replaceChildren(
    container,
    h('h2', {}, 'Partner roles'),
    picker.element,
    h('div', { class: 'form-row roles-controls' }, h('label', { for: 'roles-filter', class: 'visually-hidden' }, 'Filter the roles'), text, h('label', { for: 'roles-role', class: 'visually-hidden' }, 'Only this role'), role, csvButton),
    summary,
    tableHolder,
  );

  function visibleRows(): RoleRow[] {
    return sortRoleRows(filterRoleRows(rows, filter), sort);
  }

  function render(): void {
    if (summary.classList.contains('loading')) return; // the rows are those of the previous subject
    const shown = visibleRows();
    summary.textContent = rows.length === 0 ? `No partner roles are recorded for ${explorer.nameOf(subject)}.` : `${shown.length} of ${rows.length} roles for ${explorer.nameOf(subject)}.`;
    replaceChildren(
      tableHolder,
      shown.length
        ? rolesTable(shown, sort, chosen, proposals?.current.changed ?? new Map(), {
            onSort(column) {
              sort = { column, direction: sort.column === column && sort.direction === 'ascending' ? 'descending' : 'ascending' };
              render();
              tableHolder.querySelector<HTMLButtonElement>(`button[data-column="${column}"]`)?.focus();
            },
            onChoose: (row) => void choose(row),
          })
        : null,
    );
    csvButton.disabled = shown.length === 0;
  }

  async function choose(row: RoleRow): Promise<void> {
    chosen = row.key;
    render();
    tableHolder.querySelector<HTMLElement>(`tr[data-key="${CSS.escape(row.key)}"]`)?.focus();
    await explorer.reveal([row.actorId, row.targetId], row.relationId);
    explorer.highlight([row.actorId, row.targetId, row.relationId]);
    // The link may lie off screen (the wide table narrows the graph): bring it to the middle.
    const ends = explorer.cy.getElementById(row.actorId).union(explorer.cy.getElementById(row.targetId));
    if (ends.nonempty()) explorer.cy.animate({ center: { eles: ends }, duration: 250 });
  }

  function exportCsv(): void {
    download(`partner-roles-${subject.replace(/[^a-z0-9-]+/gi, '-')}.csv`, rolesCsv(visibleRows()), 'text/csv');
  }

  async function load(entityId: string): Promise<void> {
    subject = entityId;
    loaded = true;
    chosen = null;
    picker.setValue(explorer.nameOf(entityId));
    summary.textContent = 'Loading the partner roles…';
    summary.classList.add('loading');
    rows = [];
    replaceChildren(tableHolder);
    csvButton.disabled = true;
    const ticket = latest.next();
    try {
      const kind = explorer.store.entities.get(entityId)?.kind;
      const variables = kind && PROJECT_KINDS.has(kind) ? { projectId: entityId } : { actorId: entityId };
      const result = await api.request<PartnerRolesResult>(PARTNER_ROLES_QUERY, variables, `the partner roles of ${explorer.nameOf(entityId)}`, { signal: ticket.signal });
      if (!ticket.current) return;
      summary.classList.remove('loading');
      rows = toRoleRows(result.partnerRoles);
      render();
    } catch (error) {
      if (!ticket.current) return;
      summary.classList.remove('loading');
      summary.textContent = `Could not load the partner roles: ${(error as Error).message}`;
    }
  }

  // A proposal made or decided: the rows' marks follow.
  proposals?.onChange(() => {
    if (rows.length) render();
  });

  return {
    load,
    get loaded() {
      return loaded;
    },
  };
}
