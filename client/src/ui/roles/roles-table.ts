import { ROLE_COLUMN_LABELS, ROLE_COLUMNS, type RoleRow, type RoleSort } from '../../core/roles/index.js';
import { h } from '../dom/element.js';
import { kindSwatch } from '../dom/swatch.js';

export interface RolesTableHandlers {
  onSort(column: RoleSort['column']): void;
  onChoose(row: RoleRow): void;
}

/** The partner-role table: sortable column headers (buttons, with aria-sort), rows chosen by click or Enter. */
export function rolesTable(rows: readonly RoleRow[], sort: RoleSort, chosen: string | null, handlers: RolesTableHandlers): HTMLTableElement {
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
      rows.map((row) =>
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
          h('td', {}, h('span', { class: `role role-${row.role}` }, row.role)),
          h('td', {}, kindSwatch(row.targetKind, 12), ' ', row.targetName),
          h('td', { class: 'period' }, row.period || '—'),
          h('td', { class: 'number' }, String(row.evidenceCount)),
        ),
      ),
    ),
  );
}
