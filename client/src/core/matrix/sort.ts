import { CELL_STATUSES, type MatrixCell, type MatrixRow, type MatrixSort } from './types.js';

const STATUS_ORDER = new Map(CELL_STATUSES.map((status, index) => [status, index]));

/**
 * Rows by state name, or by a column: the strongest tie first (party, signatory, member, none,
 * no data), then by date (earliest first); descending turns that round. Undated cells of a status
 * come after its dated ones either way; ties keep the states' alphabetical order.
 */
export function sortMatrixRows(rows: readonly MatrixRow[], sort: MatrixSort): MatrixRow[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const byName = (a: MatrixRow, b: MatrixRow) => a.state.name.localeCompare(b.state.name);
  if (sort.column === 'state') return [...rows].sort((a, b) => byName(a, b) * sign);
  const cell = (row: MatrixRow) => row.cells.get(sort.column);
  return [...rows].sort((a, b) => compareCells(cell(a), cell(b)) * sign || undatedLast(cell(a), cell(b)) || byName(a, b));
}

function compareCells(a: MatrixCell | undefined, b: MatrixCell | undefined): number {
  const rank = (cell: MatrixCell | undefined) => STATUS_ORDER.get(cell?.status ?? 'no-data')!;
  const byStatus = rank(a) - rank(b);
  if (byStatus) return byStatus;
  const dateA = a?.date;
  const dateB = b?.date;
  return dateA && dateB ? (dateA < dateB ? -1 : dateA > dateB ? 1 : 0) : 0;
}

function undatedLast(a: MatrixCell | undefined, b: MatrixCell | undefined): number {
  return (a?.date ? 0 : 1) - (b?.date ? 0 : 1);
}
