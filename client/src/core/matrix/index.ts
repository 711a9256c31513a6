export * from './types.js';
export { membershipCell, missingCell, participationCell } from './cells.js';
export { buildMatrix } from './build.js';
export { sortMatrixRows } from './sort.js';
export { MATRIX_CSV_HEADER, matrixCsv } from './csv.js';
export { parseStateCodes } from './state-codes.js';
export { columnLabel, MEMBERSHIP_DATASET, TREATY_TYPES } from './columns.js';
