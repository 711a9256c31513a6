import type { Evidence } from '../../core/graph/index.js';
import { EDITORS_DATASET_ID } from '../../core/model/index.js';
import { datasetCitation, datasetShortName, isCurated, sortDatasets, statementLocator, type DatasetReference, type StatementRecord } from '../../core/provenance/index.js';
import { formatIsoPrefix } from '../../core/timeline/index.js';
import { h, replaceChildren } from '../dom/element.js';
import { evidenceList } from './evidence-list.js';
import { rawRecord } from './raw-record.js';

/** More of an entity's statements, after those already shown. */
export type MoreStatements = () => Promise<{ statements: StatementRecord[]; hasMore: boolean }>;

export interface Provenance {
  datasets: readonly DatasetReference[];
  /** The curated documents' passages, shown as they always were. */
  evidence: readonly Evidence[];
  /** Statements of every dataset; the curated ones are the passages above and are not repeated. */
  statements: readonly StatementRecord[];
  /** How many reference records there are in all (some may not be loaded yet). */
  referenceTotal: number;
  more?: MoreStatements | null;
}

/**
 * Why the graph holds this: which datasets assert it (the curated documents and each reference
 * dataset, with title, publisher, version, as-of date and licence), the curated passages, and
 * each reference dataset's verbatim records with where to find them.
 */
export function provenanceView(provenance: Provenance, openReader: (item: Evidence) => void): HTMLElement {
  const datasets = sortDatasets(provenance.datasets);
  const curated = datasets.some((dataset) => isCurated(dataset.id)) || provenance.evidence.length > 0;
  return h(
    'div',
    { class: 'provenance' },
    h('h3', {}, `Asserted by (${datasets.length})`),
    datasets.length ? h('ul', { class: 'dataset-list' }, datasets.map(datasetCard)) : h('p', { class: 'hint' }, 'No dataset is recorded for this.'),
    curated ? h('h3', {}, `What the sources say (${provenance.evidence.length})`) : null,
    curated ? evidenceList(provenance.evidence, openReader) : null,
    referenceRecords(datasets, provenance),
  );
}

/** What kind of layer asserts it: the curated documents, the editors' accepted edits, or a public dataset. */
function datasetKind(id: string): { label: string; className: string } {
  if (isCurated(id)) return { label: 'Curated', className: 'dataset-curated' };
  if (id === EDITORS_DATASET_ID) return { label: 'Editors\u2019 edit', className: 'dataset-editors' };
  return { label: 'Reference data', className: 'dataset-reference' };
}

function datasetCard(dataset: DatasetReference): HTMLElement {
  const citation = datasetCitation(dataset);
  const kind = datasetKind(dataset.id);
  return h(
    'li',
    { class: `dataset ${kind.className}`, 'data-dataset': dataset.id },
    h('span', { class: 'dataset-kind' }, kind.label),
    h('span', { class: 'dataset-title' }, dataset.title),
    citation.length ? h('span', { class: 'dataset-meta' }, citation.join(' · ')) : null,
    dataset.licence ? h('span', { class: 'dataset-licence' }, `Licence: ${dataset.licence}`) : null,
    dataset.coverage ? h('details', { class: 'dataset-coverage' }, h('summary', {}, 'What it does not cover'), h('p', {}, dataset.coverage)) : null,
  );
}

/** Each reference dataset's records, grouped by dataset, with a button for the rest of a long list. */
function referenceRecords(datasets: readonly DatasetReference[], provenance: Provenance): HTMLElement | null {
  const loaded = provenance.statements.filter((statement) => !isCurated(statement.dataset.id));
  if (provenance.referenceTotal === 0 && loaded.length === 0) return null;
  const titles = new Map(datasets.map((dataset) => [dataset.id, dataset.title]));
  const container = h('div', { class: 'reference-records' });
  const more = h('button', { type: 'button', class: 'show-more' }, '');
  let hasMore = !!provenance.more;
  const render = () => {
    const order = sortDatasets([...new Set(loaded.map((statement) => statement.dataset.id))].map((id) => ({ id })));
    replaceChildren(
      container,
      h('h3', {}, `Reference records (${Math.max(provenance.referenceTotal, loaded.length)})`),
      order.map(({ id }) => {
        const records = loaded.filter((statement) => statement.dataset.id === id);
        return h(
          'section',
          { class: 'dataset-records', 'data-dataset': id },
          h('h4', {}, titles.get(id) ?? datasetShortName(id)),
          h('ol', { class: 'statement-list' }, records.map(statementItem)),
        );
      }),
      hasMore ? more : null,
    );
    more.textContent = `Show more records (${loaded.length} of ${provenance.referenceTotal} shown)`;
  };
  more.addEventListener('click', () => {
    if (!provenance.more) return;
    more.disabled = true;
    void provenance
      .more()
      .then((page) => {
        loaded.push(...page.statements.filter((statement) => !isCurated(statement.dataset.id)));
        hasMore = page.hasMore;
      })
      .catch(() => (more.textContent = 'Could not load more records: try again'))
      .finally(() => {
        more.disabled = false;
        render();
      });
  });
  render();
  return container;
}

function statementItem(statement: StatementRecord): HTMLElement {
  return h(
    'li',
    { class: 'statement', 'data-locator': statement.locator },
    h(
      'p',
      { class: 'statement-meta' },
      h('code', { class: 'locator' }, statementLocator(statement)),
      statement.file && !statement.locator.includes(statement.file.split('/').pop()!) ? h('span', { class: 'statement-file' }, ` in ${statement.file}${statement.line ? `, line ${statement.line}` : ''}`) : null,
      statement.withdrawnAsOf ? h('span', { class: 'badge badge-withdrawn' }, `no longer stated as of ${formatIsoPrefix(statement.withdrawnAsOf)}`) : null,
    ),
    rawRecord(statement.quote),
  );
}
