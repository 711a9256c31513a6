import { toCsv } from '../export/csv.js';
import type { Matrix, MatrixRow } from './types.js';

export const MATRIX_CSV_HEADER = ['stateId', 'state', 'columnId', 'column', 'status', 'lastKnown', 'type', 'date', 'years', 'certain', 'asOf', 'relationId', 'datasets', 'locators'] as const;

/**
 * The matrix as a long table, one line per state and column in the order shown: status (as the
 * API spells it, `NO_DATA` apart from `NONE`), consent or membership type, the deciding date,
 * whether that date is certain, and the relation and dataset records it rests on.
 */
export function matrixCsv(matrix: Matrix, rows: readonly MatrixRow[] = matrix.rows): string {
  const spell = (value: string | null) => (value ? value.toUpperCase().replace(/-/g, '_') : null);
  return toCsv(
    MATRIX_CSV_HEADER,
    rows.flatMap((row) =>
      matrix.columns.map((column) => {
        const cell = row.cells.get(column.id)!;
        return [
          row.state.id,
          row.state.name,
          column.id,
          column.name,
          spell(cell.status),
          spell(cell.lastKnown),
          spell(cell.type),
          cell.date,
          cell.years,
          cell.certain,
          cell.asOf,
          cell.relation?.id ?? null,
          cell.relation?.datasets ?? [],
          cell.relation?.locators ?? [],
        ];
      }),
    ),
  );
}
