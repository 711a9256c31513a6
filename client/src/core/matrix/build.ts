import { membershipCell, missingCell, participationCell } from './cells.js';
import type { Matrix, MatrixAxis, MatrixCell, MatrixEntity, MatrixRow, MembershipRecord, ParticipationRecord } from './types.js';

/**
 * The matrix of the states against the columns, from the API's rows: one cell per state and
 * column (a pair the API did not answer for is NO_DATA), rows in the order of `states`.
 */
export function buildMatrix(
  axis: MatrixAxis,
  states: readonly MatrixEntity[],
  columns: readonly MatrixEntity[],
  records: readonly ParticipationRecord[] | readonly MembershipRecord[],
): Matrix {
  const cells = new Map<string, Map<string, MatrixCell>>();
  const cellsOf = (stateId: string) => {
    let row = cells.get(stateId);
    if (!row) cells.set(stateId, (row = new Map()));
    return row;
  };
  if (axis === 'instruments') {
    for (const record of records as readonly ParticipationRecord[]) cellsOf(record.state.id).set(record.instrument.id, participationCell(record));
  } else {
    const spells = new Map<string, MembershipRecord[]>();
    for (const record of records as readonly MembershipRecord[]) {
      const key = `${record.state.id}\u0000${record.organization.id}`;
      const list = spells.get(key);
      if (list) list.push(record);
      else spells.set(key, [record]);
    }
    for (const list of spells.values()) cellsOf(list[0]!.state.id).set(list[0]!.organization.id, membershipCell(list));
  }
  const rows: MatrixRow[] = states.map((state) => {
    const known = cells.get(state.id) ?? new Map<string, MatrixCell>();
    return { state, cells: new Map(columns.map((column) => [column.id, known.get(column.id) ?? missingCell(state.name, column.name)])) };
  });
  return { axis, columns: [...columns], rows };
}
