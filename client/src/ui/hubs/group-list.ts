import {
  filterMembers,
  groupLabel,
  isFiltering,
  keyDate,
  keyDateLabel,
  memberDetail,
  NO_FILTER,
  sortMembers,
  type GroupMember,
  type HubGroup,
  type MemberColumn,
  type MemberFilter,
  type SortOrder,
} from '../../core/hubs/index.js';
import { LatestOnly, type RequestTicket } from '../../core/requests/index.js';
import { h, replaceChildren } from '../dom/element.js';
import type { Explorer } from '../explorer/explorer.js';
import type { LoadedMembers } from '../explorer/hub-groups.js';
import { RegionStates } from './region-states.js';

/** Rows per page of the table: a page renders at once, well under a frame's budget. */
export const ROWS_PER_PAGE = 50;

interface ListState {
  filter: MemberFilter;
  column: MemberColumn;
  order: SortOrder;
  page: number;
  checked: Set<string>;
}

export interface GroupPanel {
  /** Shows a group's list in the container (its filter, sort and page kept from the last time). */
  show(groupId: string): void;
}

/**
 * A group's members as a searchable, sortable, paged table (in the details panel): fetched a
 * page of 100 at a time while the table already shows the first; the reader adds the checked
 * members, those matching the filter, or all of them to the view (one undo step each).
 */
export function createGroupPanel(container: HTMLElement, explorer: Explorer): GroupPanel {
  const states = new Map<string, ListState>();
  /** The list shown last: pages still arriving for a list opened before it are not drawn. */
  const latest = new LatestOnly();
  const regions = new RegionStates(explorer.api);
  let current: { id: string; element: HTMLElement; refresh(): void } | null = null;

  return {
    show(groupId) {
      const group = explorer.hubs.known.get(groupId);
      if (!group) {
        replaceChildren(container, h('p', { class: 'hint' }, 'This group is no longer known: expand its hub again.'));
        current = null;
        return;
      }
      if (current?.id === groupId && container.contains(current.element)) {
        current.refresh();
        return;
      }
      let state = states.get(groupId);
      if (!state) states.set(groupId, (state = { filter: NO_FILTER, column: 'name', order: 'ascending', page: 0, checked: new Set() }));
      current = groupView(group, state, explorer, latest.next(), regions);
      replaceChildren(container, current.element);
    },
  };
}

function groupView(group: HubGroup, state: ListState, explorer: Explorer, ticket: RequestTicket, regions: RegionStates): { id: string; element: HTMLElement; refresh(): void } {
  const hubName = explorer.nameOf(group.hub);
  const headingId = `group-heading-${group.id.replace(/[^A-Za-z0-9_-]/g, '-')}`;
  const status = h('p', { class: 'group-status', role: 'status' });
  const tableSlot = h('div', { class: 'table-scroll' });
  const pager = h('div', { class: 'group-pager' });
  const actions = h('div', { class: 'group-actions' });
  const dateLabel = keyDateLabel(group.type);

  const text = h('input', { type: 'search', class: 'group-filter-text', value: state.filter.text, placeholder: 'Name, alias or reference' });
  const from = h('input', { type: 'text', class: 'group-filter-from', value: state.filter.from, placeholder: 'YYYY', inputmode: 'numeric', size: 10 });
  const to = h('input', { type: 'text', class: 'group-filter-to', value: state.filter.to, placeholder: 'YYYY-MM-DD', inputmode: 'numeric', size: 10 });
  const onFilter = () => {
    state.filter = { ...state.filter, text: text.value, from: from.value.trim(), to: to.value.trim() };
    state.page = 0;
    refresh();
  };
  for (const input of [text, from, to]) input.addEventListener('input', onFilter);
  // A group of states can be narrowed to a region (the country-codes dataset's M49 regions).
  const region = group.kind === 'State' ? h('select', { class: 'group-filter-region' }, h('option', { value: '' }, 'Any region')) : null;
  if (region) {
    void regions.regions().then(
      (found) => {
        region.append(...found.map((place) => h('option', { value: place.id }, place.name)));
        region.value = state.filter.region ?? '';
      },
      () => region.append(h('option', { value: '', disabled: true }, 'The regions could not be read')),
    );
    region.addEventListener('change', () => {
      const chosen = region.value;
      state.filter = { ...state.filter, region: chosen, regionStates: null };
      state.page = 0;
      refresh();
      if (!chosen) return;
      regions.statesOf(chosen).then(
        (states) => {
          if (state.filter.region !== chosen) return;
          state.filter = { ...state.filter, regionStates: states };
          if (shownNow()) refresh();
        },
        (error: Error) => {
          if (state.filter.region === chosen && shownNow()) status.textContent = `Could not read the region’s states: ${error.message}`;
        },
      );
    });
  }

  const element = h(
    'section',
    { class: 'group-list', 'aria-labelledby': headingId, 'data-group': group.id },
    h('h2', { id: headingId }, groupLabel(group)),
    h('p', { class: 'group-hub' }, 'Linked to ', h('button', { type: 'button', class: 'link-button', onclick: () => explorer.select(group.hub) }, hubName), group.lowerBound ? ' (at least this many: the count read part of a larger set)' : ''),
    h(
      'div',
      { class: 'group-filters', role: 'search', 'aria-label': 'Filter the members' },
      h('label', {}, h('span', {}, 'Filter'), text),
      h('label', {}, h('span', {}, `${dateLabel} from`), from),
      h('label', {}, h('span', {}, 'to'), to),
      region ? h('label', {}, h('span', {}, 'Region'), region) : null,
    ),
    actions,
    status,
    tableSlot,
    pager,
  );

  let loaded: LoadedMembers = explorer.hubs.membersLoaded(group.id) ?? { members: [], complete: false };
  // Drawn only while this is the list shown: not once another group's list (or the details of a node) replaced it.
  const shownNow = () => ticket.current && element.isConnected;
  if (!loaded.complete) {
    void explorer.hubs
      .members(group, (page) => {
        loaded = page;
        if (shownNow()) refresh();
      })
      .catch((error: Error) => {
        if (shownNow()) status.textContent = `Could not load the members: ${error.message}`;
      });
  }

  function shownIds(): Set<string> {
    return new Set(explorer.state.nodes);
  }

  function add(members: readonly GroupMember[]): void {
    const shown = shownIds();
    const wanted = members.filter((member) => !shown.has(member.entity.id));
    state.checked.clear();
    if (wanted.length === 0) {
      status.textContent = 'They are all in view already.';
      return;
    }
    void explorer.addFromGroup(group.id, wanted);
  }

  function refresh(): void {
    const shown = shownIds();
    const matching = sortMembers(filterMembers(loaded.members, state.filter), state.column, state.order);
    const pages = Math.max(1, Math.ceil(matching.length / ROWS_PER_PAGE));
    state.page = Math.min(state.page, pages - 1);
    const rows = matching.slice(state.page * ROWS_PER_PAGE, (state.page + 1) * ROWS_PER_PAGE);
    const filtered = isFiltering(state.filter);
    const readingRegion = !!state.filter.region && !state.filter.regionStates;
    const inView = loaded.members.filter((member) => shown.has(member.entity.id)).length;
    status.textContent = [
      loaded.complete ? `${loaded.members.length} members` : `Loading… ${loaded.members.length} of ${group.count}${group.lowerBound ? '+' : ''} so far`,
      readingRegion ? 'reading the region’s states…' : filtered ? `${matching.length} match the filter` : null,
      `${inView} in view`,
    ]
      .filter(Boolean)
      .join(' · ');
    const checked = loaded.members.filter((member) => state.checked.has(member.entity.id));
    replaceChildren(
      actions,
      h('button', { type: 'button', class: 'add-checked', disabled: checked.length === 0, onclick: () => add(checked) }, `Add checked (${checked.length})`),
      h('button', { type: 'button', class: 'add-matching', disabled: !loaded.complete || !filtered || matching.length === 0, onclick: () => add(matching) }, `Add matching (${matching.length})`),
      h('button', { type: 'button', class: 'add-all', disabled: !loaded.complete, onclick: () => add(loaded.members) }, `Add all (${loaded.members.length})`),
    );
    replaceChildren(tableSlot, membersTable(rows, shown, state, dateLabel, { onSort, onCheck }));
    replaceChildren(
      pager,
      pages > 1
        ? [
            h('button', { type: 'button', class: 'page-previous', disabled: state.page === 0, onclick: () => turn(-1) }, 'Previous'),
            h('span', { 'aria-live': 'polite' }, `Rows ${state.page * ROWS_PER_PAGE + 1}–${state.page * ROWS_PER_PAGE + rows.length} of ${matching.length}`),
            h('button', { type: 'button', class: 'page-next', disabled: state.page >= pages - 1, onclick: () => turn(1) }, 'Next'),
          ]
        : [],
    );
  }

  function turn(by: number): void {
    state.page += by;
    refresh();
    pager.querySelector<HTMLButtonElement>(by > 0 ? '.page-next' : '.page-previous')?.focus();
  }

  function onSort(column: MemberColumn): void {
    state.order = state.column === column && state.order === 'ascending' ? 'descending' : 'ascending';
    state.column = column;
    refresh();
    tableSlot.querySelector<HTMLButtonElement>(`.sort-button[data-column="${column}"]`)?.focus();
  }

  function onCheck(id: string, on: boolean): void {
    if (on) state.checked.add(id);
    else state.checked.delete(id);
    const checkbox = tableSlot.querySelector<HTMLInputElement>(`input[data-id="${CSS.escape(id)}"]`);
    refresh();
    if (checkbox) tableSlot.querySelector<HTMLInputElement>(`input[data-id="${CSS.escape(id)}"]`)?.focus();
  }

  refresh();
  return { id: group.id, element, refresh };
}

const COLUMN_LABELS = (dateLabel: string): Record<MemberColumn, string> => ({ name: 'Name', date: dateLabel, detail: 'Details' });

function membersTable(
  rows: readonly GroupMember[],
  shown: ReadonlySet<string>,
  state: ListState,
  dateLabel: string,
  handlers: { onSort(column: MemberColumn): void; onCheck(id: string, on: boolean): void },
): HTMLTableElement {
  const labels = COLUMN_LABELS(dateLabel);
  return h(
    'table',
    { class: 'roles-table group-table' },
    h('caption', { class: 'visually-hidden' }, 'The group’s members: check some to add them to the view; the column headers sort.'),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col' }, h('span', { class: 'visually-hidden' }, 'Add')),
        (['name', 'date', 'detail'] as const).map((column) =>
          h(
            'th',
            { scope: 'col', 'aria-sort': state.column === column ? state.order : 'none' },
            h(
              'button',
              { type: 'button', class: 'sort-button', 'data-column': column, onclick: () => handlers.onSort(column) },
              labels[column],
              h('span', { 'aria-hidden': 'true' }, state.column === column ? (state.order === 'ascending' ? ' ▲' : ' ▼') : ''),
            ),
          ),
        ),
      ),
    ),
    h(
      'tbody',
      {},
      rows.map((member) => {
        const inView = shown.has(member.entity.id);
        return h(
          'tr',
          { 'data-id': member.entity.id, class: inView ? 'in-view' : null },
          h(
            'td',
            {},
            h('input', {
              type: 'checkbox',
              'data-id': member.entity.id,
              'aria-label': `Add ${member.entity.name}`,
              checked: inView || state.checked.has(member.entity.id),
              disabled: inView,
              onchange: (event: Event) => handlers.onCheck(member.entity.id, (event.target as HTMLInputElement).checked),
            }),
          ),
          h('td', {}, member.entity.name, inView ? h('span', { class: 'badge' }, 'in view') : null),
          h('td', { class: 'period' }, keyDate(member.relation) ?? '—'),
          h('td', {}, memberDetail(member.relation)),
        );
      }),
    ),
  );
}
