import { KIND_STYLES, RELATION_STYLES } from '../../core/legend/index.js';
import { DATASET_IDS, EDITORS_DATASET_ID, ENTITY_KIND_DESCRIPTIONS, ENTITY_KINDS, RELATION_TYPE_DEFINITIONS, RELATION_TYPES, type DatasetId } from '../../core/model/index.js';
import { DATASET_SHORT_NAMES, isCurated } from '../../core/provenance/index.js';
import type { ViewState } from '../../core/view/index.js';
import { h, replaceChildren } from '../dom/element.js';
import { oncePerFrame } from '../dom/schedule.js';
import { datasetSwatch, kindSwatch, relationSwatch } from '../dom/swatch.js';
import type { Explorer } from '../explorer/explorer.js';

/**
 * The legend doubles as the filter: every kind and relation type is a toggle button showing its
 * colour and shape (or line style and arrow head) and how many of it are in view.
 */
export function mountLegend(container: HTMLElement, explorer: Explorer): void {
  const kindButtons = new Map(
    ENTITY_KINDS.map((kind) => {
      const count = h('span', { class: 'legend-count' });
      const button = h(
        'button',
        { type: 'button', class: 'legend-entry', 'data-kind': kind, title: ENTITY_KIND_DESCRIPTIONS[kind], onclick: () => void explorer.toggleKind(kind) },
        kindSwatch(kind, 18),
        h('span', { class: 'legend-label' }, KIND_STYLES[kind].plural),
        ...countedInView(count),
      );
      return [kind, { button, count }] as const;
    }),
  );
  const typeButtons = new Map(
    RELATION_TYPES.map((type) => {
      const count = h('span', { class: 'legend-count' });
      const button = h(
        'button',
        { type: 'button', class: 'legend-entry', 'data-type': type, title: RELATION_TYPE_DEFINITIONS[type].description, onclick: () => void explorer.toggleType(type) },
        relationSwatch(type),
        h('span', { class: 'legend-label' }, RELATION_STYLES[type].verb),
        ...countedInView(count),
      );
      return [type, { button, count }] as const;
    }),
  );

  // Which dataset states a link: the curated documents, or one of the reference datasets.
  const datasetButtons = new Map(
    DATASET_IDS.map((dataset) => {
      const count = h('span', { class: 'legend-count' });
      const button = h(
        'button',
        {
          type: 'button',
          class: 'legend-entry',
          'data-dataset': dataset,
          title: datasetLegendTitle(dataset),
          onclick: () => void explorer.toggleDataset(dataset),
        },
        datasetSwatch(dataset),
        h('span', { class: 'legend-label' }, DATASET_SHORT_NAMES[dataset]),
        ...countedInView(count),
      );
      return [dataset, { button, count }] as const;
    }),
  );

  replaceChildren(
    container,
    h('h2', {}, 'Legend'),
    h('p', { class: 'hint' }, 'Click an entry to hide or show it.'),
    h('h3', { id: 'legend-kinds' }, 'Entities'),
    h('div', { class: 'legend-group', role: 'group', 'aria-labelledby': 'legend-kinds' }, [...kindButtons.values()].map((entry) => entry.button)),
    h('h3', { id: 'legend-types' }, 'Links (from → to)'),
    h('div', { class: 'legend-group', role: 'group', 'aria-labelledby': 'legend-types' }, [...typeButtons.values()].map((entry) => entry.button)),
    h('h3', { id: 'legend-datasets' }, 'Links stated by'),
    h('div', { class: 'legend-group', role: 'group', 'aria-labelledby': 'legend-datasets' }, [...datasetButtons.values()].map((entry) => entry.button)),
    h('h3', {}, 'Marks'),
    h(
      'ul',
      { class: 'legend-marks' },
      h('li', {}, h('span', { class: 'mark mark-disputed', 'aria-hidden': 'true' }), 'Sources disagree (“disputed”)'),
      h('li', {}, h('span', { class: 'mark mark-doubt', 'aria-hidden': 'true' }), 'Sources unclear (dashed outline)'),
      h('li', {}, h('span', { class: 'mark mark-pinned', 'aria-hidden': 'true' }), 'Pinned in place (double outline)'),
      h('li', {}, h('span', { class: 'mark mark-as-of-uncertain', 'aria-hidden': 'true' }), 'As of a date: may or may not hold then (faded)'),
      h('li', {}, h('span', { class: 'mark mark-group', 'aria-hidden': 'true' }), 'A hub’s group: many entities, one box with their count'),
    ),
  );

  const update = (state: ViewState) => {
    // As of a date, what did not hold then is not in view; a group's link to its hub stands for many links, not one of the type's.
    const nodes = explorer.cy.nodes().not('.as-of-hidden');
    const edges = explorer.cy.edges().not('.as-of-hidden').not('.hub-group-link');
    for (const [kind, { button, count }] of kindButtons) {
      const shown = !state.hiddenKinds.includes(kind);
      button.setAttribute('aria-pressed', String(shown));
      count.textContent = String(nodes.filter((node) => node.data('kind') === kind).length);
    }
    for (const [type, { button, count }] of typeButtons) {
      const shown = !state.hiddenTypes.includes(type);
      button.setAttribute('aria-pressed', String(shown));
      count.textContent = String(edges.filter((edge) => edge.data('type') === type).length);
    }
    for (const [dataset, { button, count }] of datasetButtons) {
      button.setAttribute('aria-pressed', String(!state.hiddenDatasets.includes(dataset)));
      count.textContent = String(edges.filter((edge) => explorer.store.relations.get(edge.id())?.datasets?.some((stated) => stated.id === dataset) ?? false).length);
    }
  };
  explorer.onChange(update);
  explorer.cy.on('add remove', oncePerFrame(() => update(explorer.state)));
  update(explorer.state);
}


/**
 * The count as seen ("Organisations 9") and as heard ("Organisations: 9 in view"). The name comes
 * from the content, not an aria-label, so that speech input users can say what they see;
 * aria-pressed says whether the entry is shown.
 */
function countedInView(count: HTMLElement): HTMLElement[] {
  return [h('span', { class: 'visually-hidden' }, ': '), count, h('span', { class: 'visually-hidden' }, ' in view')];
}

function datasetLegendTitle(dataset: DatasetId): string {
  if (isCurated(dataset)) return 'Links the curated documents state';
  if (dataset === EDITORS_DATASET_ID) return "Links editors added and a reviewer accepted, each with its evidence or an editor's note (not a document's own statement)";
  return 'Links this reference dataset states (and the entities only it holds)';
}
