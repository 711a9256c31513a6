import type { ApiClient } from '../../api/client.js';
import type { StateSetVariables } from '../../api/documents.js';
import { buildMatrix, matrixCsv, parseStateCodes, sortMatrixRows, type Matrix, type MatrixAxis, type MatrixRow, type MatrixSort } from '../../core/matrix/index.js';
import { PROJECT_ID } from '../../core/questions/index.js';
import { LatestOnly } from '../../core/requests/index.js';
import { download, h, replaceChildren } from '../dom/element.js';
import type { Explorer } from '../explorer/explorer.js';
import { createEntitySearch } from '../search/entity-search.js';
import { showCellEvidence } from './matrix-evidence.js';
import { MatrixSource } from './matrix-source.js';
import { matrixTableHtml, type MatrixColumnHeader } from './matrix-table.js';

export interface MatrixPanel {
  /** Draws the default matrix (Central Asia × treaties) the first time the tab is shown. */
  ensureLoaded(): void;
}

const STATE_SETS = { region: 'A region', donors: 'The project’s donors', view: 'The states in view', list: 'A list of states', all: 'All states' } as const;
type StateSetKind = keyof typeof STATE_SETS;
const DEFAULT_REGION = 'place:central-asia';
const AS_OF = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/**
 * Participation matrices: a set of states against the treaties (UN Treaty Collection's arms
 * treaties, UNTOC, the Firearms Protocol) or the organisations with membership data, each cell
 * the state's standing as of a date, sortable by any column, downloadable as CSV, each cell
 * opening the dataset record it rests on.
 */
export function mountMatrix(container: HTMLElement, explorer: Explorer, api: ApiClient): MatrixPanel {
  const source = new MatrixSource(api);
  const latest = new LatestOnly();
  const evidenceRequests = new LatestOnly();
  let matrix: Matrix | null = null;
  let headers: MatrixColumnHeader[] = [];
  let shownRows: MatrixRow[] = [];
  let sort: MatrixSort = { column: 'state', direction: 'ascending' };
  let describedSet = '';
  let loaded = false;

  const stateSet = h('select', { id: 'matrix-states', onchange: () => (syncControls(), stateSet.value !== 'list' && void load()) }, Object.entries(STATE_SETS).map(([value, label]) => h('option', { value }, label)));
  const region = h('select', { id: 'matrix-region', onchange: () => void load() });
  const codes = h('input', { id: 'matrix-codes', type: 'text', placeholder: 'KAZ, KGZ, TJK…', autocomplete: 'off', spellcheck: 'false' });
  const picker = createEntitySearch({
    api,
    label: 'Add a state by name',
    placeholder: 'Kazakhstan, Казахстан…',
    kinds: ['State'],
    onChoose: (hit) => {
      const { ids } = parseStateCodes(codes.value);
      codes.value = [...ids, hit.entity.id].map((id) => id.replace(/^state:/, '')).filter((code, index, all) => all.indexOf(code) === index).join(', ');
      picker.setValue('');
    },
  });
  const axis = h('select', { id: 'matrix-axis', onchange: () => void load() }, h('option', { value: 'instruments' }, 'Treaties'), h('option', { value: 'organizations' }, 'Organisations'));
  const asOf = h('input', { id: 'matrix-as-of', type: 'text', inputmode: 'numeric', placeholder: 'YYYY[-MM[-DD]]', size: 11, pattern: '\\d{4}(-\\d{2}(-\\d{2})?)?', title: 'A year, a month or a day (2016, 2016-06, 2016-06-30); empty: as of each dataset’s date' });
  const csvButton = h('button', { type: 'button', onclick: exportCsv, disabled: true, title: 'Download the matrix as a spreadsheet (CSV), one line per state and column' }, 'Export CSV');
  const regionField = h('label', { class: 'matrix-field' }, h('span', {}, 'Region'), region);
  const listField = h(
    'div',
    { class: 'matrix-list' },
    h('label', { class: 'matrix-field' }, h('span', {}, 'ISO codes'), codes),
    picker.element,
  );
  const form = h(
    'form',
    { class: 'matrix-controls', onsubmit: (event: Event) => (event.preventDefault(), void load()) },
    h('label', { class: 'matrix-field' }, h('span', {}, 'States'), stateSet),
    regionField,
    listField,
    h('label', { class: 'matrix-field' }, h('span', {}, 'Against'), axis),
    h('label', { class: 'matrix-field' }, h('span', {}, 'As of'), asOf),
    h('div', { class: 'matrix-buttons' }, h('button', { type: 'submit' }, 'Show'), csvButton),
  );
  const summary = h('p', { class: 'matrix-summary', 'aria-live': 'polite' });
  const key = h(
    'p',
    { class: 'matrix-key' },
    h('span', { class: 'matrix-key-item cell-party' }, 'Party'),
    h('span', { class: 'matrix-key-item cell-signatory' }, 'Signatory'),
    h('span', { class: 'matrix-key-item cell-member' }, 'Member'),
    h('span', { class: 'matrix-key-item cell-none' }, '— none'),
    h('span', { class: 'matrix-key-item cell-no-data' }, 'No data'),
    h('span', { class: 'matrix-key-item' }, h('span', { class: 'cell-uncertain' }, '?'), ' imprecise date'),
  );
  const evidence = h('section', { class: 'matrix-evidence', 'aria-labelledby': 'matrix-evidence-title', hidden: true });
  const tableHolder = h('div', { class: 'table-scroll matrix-scroll' });
  replaceChildren(container, h('h2', {}, 'Participation matrix'), form, summary, key, evidence, tableHolder);
  syncControls();
  // The explorer's as-of date (the timeline's date control) is the matrix's too; the field can still ask another.
  let explorerAsOf = explorer.state.asOf;
  asOf.value = explorerAsOf ?? '';
  explorer.onChange((state) => {
    if (state.asOf === explorerAsOf) return;
    explorerAsOf = state.asOf;
    asOf.value = state.asOf ?? '';
    if (loaded) void load();
  });

  tableHolder.addEventListener('click', (event) => {
    const target = event.target as HTMLElement;
    const sortButton = target.closest<HTMLButtonElement>('button[data-sort]');
    if (sortButton) return sortBy(sortButton.dataset.sort!);
    const cell = target.closest<HTMLTableCellElement>('td[data-row]');
    if (cell) openCell(cell);
  });
  tableHolder.addEventListener('keydown', (event) => {
    const cell = (event.target as HTMLElement).closest<HTMLTableCellElement>('td[data-row]');
    if (!cell) return;
    const row = Number(cell.dataset.row);
    const column = Number(cell.dataset.column);
    const moves: Record<string, [number, number]> = {
      ArrowUp: [row - 1, column],
      ArrowDown: [row + 1, column],
      ArrowLeft: [row, column - 1],
      ArrowRight: [row, column + 1],
      Home: [row, 0],
      End: [row, (matrix?.columns.length ?? 1) - 1],
      PageUp: [row - 10, column],
      PageDown: [row + 10, column],
    };
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      openCell(cell);
      return;
    }
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    const clamp = (value: number, size: number) => Math.max(0, Math.min(size - 1, value));
    focusCell(clamp(move[0], shownRows.length), clamp(move[1], matrix?.columns.length ?? 1));
  });

  function syncControls(): void {
    regionField.hidden = stateSet.value !== 'region';
    listField.hidden = stateSet.value !== 'list';
  }

  function focusCell(row: number, column: number): void {
    const next = tableHolder.querySelector<HTMLTableCellElement>(`td[data-row="${row}"][data-column="${column}"]`);
    if (!next) return;
    tableHolder.querySelector('td[tabindex="0"]')?.setAttribute('tabindex', '-1');
    next.tabIndex = 0;
    next.focus();
  }

  function openCell(element: HTMLTableCellElement): void {
    if (!matrix) return;
    const row = shownRows[Number(element.dataset.row)];
    const column = matrix.columns[Number(element.dataset.column)];
    if (!row || !column) return;
    focusCell(Number(element.dataset.row), Number(element.dataset.column));
    element.classList.add('cell-open');
    for (const other of tableHolder.querySelectorAll('td.cell-open')) if (other !== element) other.classList.remove('cell-open');
    void showCellEvidence(evidence, api, evidenceRequests.next(), row.state, column, row.cells.get(column.id)!, {
      showInGraph: (stateId, columnId, relationId) => {
        void explorer.reveal([stateId, columnId], relationId).then(() => explorer.highlight([stateId, columnId, ...(relationId ? [relationId] : [])]));
      },
    });
  }

  function sortBy(column: string): void {
    sort = { column, direction: sort.column === column && sort.direction === 'ascending' ? 'descending' : 'ascending' };
    render();
    tableHolder.querySelector<HTMLButtonElement>(`button[data-sort="${CSS.escape(column)}"]`)?.focus();
  }

  function render(): void {
    if (!matrix) return;
    shownRows = sortMatrixRows(matrix.rows, sort);
    const started = performance.now();
    tableHolder.innerHTML = matrixTableHtml(matrix, shownRows, headers, sort, `${describedSet} against ${matrix.axis === 'instruments' ? 'treaties' : 'organisations'}: one row per state, one column per ${matrix.axis === 'instruments' ? 'treaty' : 'organisation'}. Choose a cell for its record.`);
    performance.measure('nexus:matrix-draw', { start: started });
  }

  async function stateVariables(kind: StateSetKind, signal: AbortSignal): Promise<{ variables: StateSetVariables; described: string } | string> {
    switch (kind) {
      case 'region': {
        const regions = await source.regions(signal);
        if (!region.options.length) {
          replaceChildren(region, regions.map((place) => h('option', { value: place.id }, place.name)));
          region.value = regions.some((place) => place.id === DEFAULT_REGION) ? DEFAULT_REGION : (regions[0]?.id ?? '');
        }
        return region.value ? { variables: { regionId: region.value }, described: region.selectedOptions[0]?.textContent ?? region.value } : 'No region is recorded in the graph.';
      }
      case 'donors': {
        const ids = await source.donors(PROJECT_ID, signal);
        return ids.length ? { variables: { stateIds: ids }, described: 'The project’s donors' } : 'The graph records no state that funds the project.';
      }
      case 'view': {
        const ids = explorer.state.nodes.filter((id) => explorer.store.entities.get(id)?.kind === 'State');
        return ids.length ? { variables: { stateIds: ids }, described: 'The states in view' } : 'No state is in view: add some to the graph, or choose another set.';
      }
      case 'list': {
        const { ids, rejected } = parseStateCodes(codes.value);
        if (rejected.length) return `Not a state code: ${rejected.join(', ')}. Type ISO 3166 alpha-3 codes (KAZ, KGZ) or pick states by name.`;
        return ids.length ? { variables: { stateIds: ids }, described: 'The states listed' } : 'Type state codes (KAZ, KGZ…) or pick states by name, then Show.';
      }
      case 'all': {
        const states = await source.entitiesOf('State', signal);
        return { variables: { stateIds: states.map((state) => state.id) }, described: 'All states' };
      }
    }
  }

  async function load(): Promise<void> {
    loaded = true;
    const ticket = latest.next();
    evidenceRequests.cancel();
    evidence.hidden = true;
    const date = asOf.value.trim();
    if (date && !AS_OF.test(date)) {
      summary.textContent = 'The date must be a year, a month or a day: 2016, 2016-06 or 2016-06-30.';
      return;
    }
    const chosenAxis = axis.value as MatrixAxis;
    summary.textContent = 'Loading the matrix…';
    csvButton.disabled = true;
    try {
      const set = await stateVariables(stateSet.value as StateSetKind, ticket.signal);
      if (!ticket.current) return;
      if (typeof set === 'string') {
        summary.textContent = set;
        matrix = null;
        replaceChildren(tableHolder);
        return;
      }
      const columns = await source.columns(chosenAxis, ticket.signal);
      const variables = { ...set.variables, asOf: date || null };
      const records = await source.records(chosenAxis, columns.map((column) => column.id), variables, ticket.signal, (done) => {
        if (ticket.current) summary.textContent = `Loading the matrix… ${done} of ${columns.length} columns`;
      });
      if (!ticket.current) return;
      const started = performance.now();
      const states = new Map<string, { id: string; name: string }>();
      for (const record of records) states.set(record.state.id, record.state);
      matrix = buildMatrix(chosenAxis, [...states.values()], columns, records);
      performance.measure('nexus:matrix-build', { start: started });
      headers = columns;
      describedSet = set.described;
      render();
      const asOfWords = date ? `as of ${date}` : 'as of each dataset’s date';
      summary.textContent = `${set.described}: ${matrix.rows.length} states × ${columns.length} ${chosenAxis === 'instruments' ? 'treaties' : 'organisations'}, ${asOfWords}.`;
      csvButton.disabled = matrix.rows.length === 0;
    } catch (error) {
      if (!ticket.current) return;
      summary.textContent = `Could not load the matrix: ${(error as Error).message}`;
    }
  }

  function exportCsv(): void {
    if (!matrix) return;
    const name = `${describedSet}-${matrix.axis}${asOf.value.trim() ? `-as-of-${asOf.value.trim()}` : ''}`.toLowerCase().replace(/[^a-z0-9-]+/g, '-');
    download(`matrix-${name}.csv`, matrixCsv(matrix, shownRows), 'text/csv');
  }

  return {
    ensureLoaded() {
      if (!loaded) void load();
    },
  };
}
