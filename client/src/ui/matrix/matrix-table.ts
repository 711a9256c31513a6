import { CELL_STATUS_LABELS, columnLabel, type Matrix, type MatrixCell, type MatrixRow, type MatrixSort } from '../../core/matrix/index.js';

/**
 * The matrix as one <table>, written as one string and parsed once: a few thousand cells
 * built element by element would hold the main thread for hundreds of milliseconds. Every value
 * is escaped; no handler is inline (the content security policy forbids it): the panel listens
 * on the table. Cells are reached with the arrow keys (one tab stop, roving), Enter opens one.
 */

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escape = (text: string) => text.replace(/[&<>"']/g, (character) => ESCAPES[character]!);

export interface MatrixColumnHeader {
  id: string;
  name: string;
  aliases?: readonly string[];
}

function cellHtml(cell: MatrixCell, row: number, column: number, focusable: boolean): string {
  const status = cell.status === 'none'
    ? '<span class="cell-status"><span aria-hidden="true">— </span>none</span>'
    : `<span class="cell-status">${CELL_STATUS_LABELS[cell.status]}</span>`;
  const uncertain = cell.certain ? '' : '<span class="cell-uncertain" aria-hidden="true">?</span>';
  const note = cell.note ? `<span class="cell-note">${escape(cell.note)}</span>` : '';
  return `<td class="matrix-cell cell-${cell.status}${cell.certain ? '' : ' cell-imprecise'}" data-row="${row}" data-column="${column}" tabindex="${focusable ? 0 : -1}" title="${escape(cell.sentence)}" aria-label="${escape(cell.sentence)}">${status}${uncertain}${note}</td>`;
}

export function matrixTableHtml(matrix: Matrix, rows: readonly MatrixRow[], headers: readonly MatrixColumnHeader[], sort: MatrixSort, caption: string): string {
  const arrow = (column: string) => (sort.column === column ? (sort.direction === 'ascending' ? ' ▲' : ' ▼') : '');
  const ariaSort = (column: string) => (sort.column === column ? sort.direction : 'none');
  const head = [
    `<th scope="col" class="matrix-corner" aria-sort="${ariaSort('state')}"><button type="button" class="sort-button" data-sort="state">State<span aria-hidden="true">${arrow('state')}</span></button></th>`,
    ...headers.map(
      (column) =>
        `<th scope="col" aria-sort="${ariaSort(column.id)}" title="${escape(column.name)}"><button type="button" class="sort-button" data-sort="${escape(column.id)}">${escape(columnLabel(column))}<span class="visually-hidden">: ${escape(column.name)}</span><span aria-hidden="true">${arrow(column.id)}</span></button></th>`,
    ),
  ].join('');
  const body = rows
    .map((row, rowIndex) => {
      const cells = matrix.columns.map((column, columnIndex) => cellHtml(row.cells.get(column.id)!, rowIndex, columnIndex, rowIndex === 0 && columnIndex === 0)).join('');
      return `<tr data-state="${escape(row.state.id)}"><th scope="row">${escape(row.state.name)}</th>${cells}</tr>`;
    })
    .join('');
  return `<table class="matrix-table"><caption class="visually-hidden">${escape(caption)}</caption><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}
