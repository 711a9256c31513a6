import { ROLE_COLUMN_LABELS, ROLE_COLUMNS, type RoleRow, type RoleSort } from '../../core/roles/index.js';
import { h } from '../dom/element.js';
import { kindSwatch } from '../dom/swatch.js';

export interface RolesTableHandlers {
  onSort(column: RoleSort['column']): void;
  onChoose(row: RoleRow): void;
}

/** What the sources dispute or leave unclear about a row, on a line of its own under it. */
function roleNote(row: RoleRow): HTMLTableRowElement | null {
  if (!row.conflict && !row.doubt) return null;
  return h(
    'tr',
    { class: 'role-note', 'data-note-for': row.key },
    h(
      'td',
      { colspan: ROLE_COLUMNS.length },
      row.conflict ? h('p', { class: 'notice-line notice-conflict' }, h('strong', {}, 'The sources disagree: '), row.conflict) : null,
      row.doubt ? h('p', { class: 'notice-line notice-doubt' }, h('strong', {}, 'Unclear: '), row.doubt) : null,
    ),
  );
}

/**
 * The partner-role table: sortable column headers (buttons, with aria-sort), rows chosen by click
 * or Enter; `proposed`: how many proposals waiting for review would change each relation (shown
 * to editors and reviewers).
 */
export function rolesTable(rows: readonly RoleRow[], sort: RoleSort, chosen: string | null, proposed: ReadonlyMap<string, number>, handlers: RolesTableHandlers): HTMLTableElement {
  return h(
    'table',
    { class: 'roles-table' },
    h('caption', { class: 'visually-hidden' }, 'Partner roles: actor, role, what it is played in, period and number of quoted passages. Choose a row to see it in the graph.'),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        ROLE_COLUMNS.map((column) =>
          h(
            'th',
            { scope: 'col', 'aria-sort': sort.column === column ? sort.direction : 'none' },
            h('button', { type: 'button', class: 'sort-button', 'data-column': column, onclick: () => handlers.onSort(column) }, ROLE_COLUMN_LABELS[column], h('span', { 'aria-hidden': 'true' }, sort.column === column ? (sort.direction === 'ascending' ? ' ▲' : ' ▼') : '')),
          ),
        ),
      ),
    ),
    h(
      'tbody',
      {},
      rows.flatMap((row) => [
        h(
          'tr',
          {
            tabindex: '0',
            'data-key': row.key,
            'aria-selected': String(row.key === chosen),
            onclick: () => handlers.onChoose(row),
            onkeydown: (event: KeyboardEvent) => {
              if (event.key === 'Enter' || event.key === ' ') {
                event.preventDefault();
                handlers.onChoose(row);
              }
            },
          },
          h('td', {}, kindSwatch(row.actorKind, 12), ' ', row.actorName),
          h(
            'td',
            {},
            h('span', { class: `role role-${row.role}` }, row.role),
            row.conflict ? h('span', { class: 'badge badge-conflict' }, 'disputed') : null,
            row.doubt ? h('span', { class: 'badge badge-doubt' }, 'unclear') : null,
            proposed.has(row.relationId) ? h('span', { class: 'badge badge-proposed', title: 'A proposal waiting for review would change or retract it' }, 'change proposed') : null,
          ),
          // A long title (the project's is 150 characters) takes one line; the whole of it on hover and for screen readers.
          h('td', { class: 'target' }, h('span', { class: 'cell-line', title: row.targetName }, kindSwatch(row.targetKind, 12), ' ', row.targetName)),
          h('td', { class: 'period' }, row.period || '—'),
          h('td', { class: 'number' }, String(row.evidenceCount)),
        ),
        roleNote(row),
      ]),
    ),
  );
}
