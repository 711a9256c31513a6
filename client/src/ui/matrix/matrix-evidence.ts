import type { ApiClient } from '../../api/client.js';
import { RELATION_PROVENANCE, type RelationProvenanceResult } from '../../api/documents.js';
import type { MatrixCell, MatrixEntity } from '../../core/matrix/index.js';
import { isCurated, statementLocator } from '../../core/provenance/index.js';
import type { RequestTicket } from '../../core/requests/index.js';
import { h, replaceChildren } from '../dom/element.js';
import { rawRecord } from '../details/raw-record.js';

export interface CellEvidenceActions {
  /** Shows the state, the column and their relation in the graph. */
  showInGraph(stateId: string, columnId: string, relationId: string | null): void;
}

/**
 * What a cell rests on: its statement in words, then the dataset's verbatim records of the
 * relation (locator and raw record, as the details panel shows them). A NONE or NO_DATA cell has
 * no relation: the statement says what that means.
 */
export async function showCellEvidence(
  container: HTMLElement,
  api: ApiClient,
  ticket: RequestTicket,
  state: MatrixEntity,
  column: MatrixEntity,
  cell: MatrixCell,
  actions: CellEvidenceActions,
): Promise<void> {
  const records = h('div', { class: 'matrix-records' });
  const heading = h('h3', { id: 'matrix-evidence-title', tabindex: '-1' }, `${state.name} · ${column.name}`);
  replaceChildren(
    container,
    heading,
    h('p', { class: `matrix-evidence-sentence cell-${cell.status}` }, cell.sentence),
    h(
      'div',
      { class: 'actions' },
      h('button', { type: 'button', onclick: () => actions.showInGraph(state.id, column.id, cell.relation?.id ?? null) }, 'Show in the graph'),
      h('button', { type: 'button', class: 'link-button', onclick: () => replaceChildren(container) }, 'Close'),
    ),
    records,
  );
  container.hidden = false;
  if (!cell.relation) {
    replaceChildren(records, h('p', { class: 'hint' }, cell.status === 'no-data' ? 'No dataset record: nothing is known, which is not the same as “none”.' : 'No record: the dataset lists this treaty’s parties and signatories, and this state is not among them.'));
    return;
  }
  replaceChildren(records, h('p', { class: 'hint' }, 'Loading the dataset’s record…'));
  try {
    const { relation } = await api.request<RelationProvenanceResult>(RELATION_PROVENANCE, { id: cell.relation.id }, `the record of ${state.name} · ${column.name}`, { signal: ticket.signal });
    if (!ticket.current) return;
    const statements = (relation?.statements ?? []).filter((statement) => !isCurated(statement.dataset.id));
    const titles = new Map((relation?.datasets ?? []).map((dataset) => [dataset.id, dataset.title]));
    replaceChildren(
      records,
      statements.length
        ? h(
            'ol',
            { class: 'statement-list' },
            statements.map((statement) =>
              h(
                'li',
                { class: 'statement', 'data-locator': statement.locator },
                h('p', { class: 'statement-meta' }, h('code', { class: 'locator' }, statementLocator(statement)), ` · ${titles.get(statement.dataset.id) ?? statement.dataset.id}`),
                rawRecord(statement.quote),
              ),
            ),
          )
        : h('p', { class: 'hint' }, 'This relation has no reference record (the curated documents state it).'),
    );
  } catch (error) {
    if (!ticket.current) return;
    replaceChildren(records, h('p', { class: 'hint' }, `Could not load the record: ${(error as Error).message}`));
  }
}
