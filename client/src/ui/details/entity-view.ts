import type { EntityDetails } from '../../api/documents.js';
import type { RelationSummary } from '../../core/graph/index.js';
import { RELATION_STYLES } from '../../core/legend/index.js';
import { formatIsoPrefix, formatPeriod } from '../../core/timeline/index.js';
import { h } from '../dom/element.js';
import { kindSwatch, relationSwatch } from '../dom/swatch.js';
import type { Explorer } from '../explorer/explorer.js';
import type { Workbench } from '../panels/workbench.js';
import { datasetShortName, isCurated, otherNames, unLanguageNames, textDirection } from '../../core/provenance/index.js';
import { factList, notice } from './fields.js';
import { namesList } from './names-view.js';
import { provenanceView, type MoreStatements } from './provenance-view.js';

/** The header and actions of a node: drawn at once from what the graph already knows. */
export function entityHeader(id: string, explorer: Explorer, workbench: Workbench): HTMLElement {
  const entity = explorer.store.entities.get(id)!;
  const pinned = explorer.state.pinned.includes(id);
  const isActor = entity.kind === 'Organization' || entity.kind === 'State' || entity.kind === 'Person';
  return h(
    'header',
    { class: 'details-header' },
    h('h2', {}, kindSwatch(entity.kind, 20), ' ', entity.name),
    h('p', { class: 'details-kind' }, entity.kind, ' · ', h('code', {}, entity.id)),
    h(
      'div',
      { class: 'actions', role: 'group', 'aria-label': `Actions on ${entity.name}` },
      h('button', { type: 'button', onclick: () => void explorer.expand(id), title: 'Bring in its linked entities (Enter, or double-click)' }, 'Expand'),
      h('button', { type: 'button', onclick: () => void explorer.collapse(id), title: 'Remove the entities linked to it alone (C)' }, 'Collapse'),
      h('button', { type: 'button', 'aria-pressed': String(pinned), onclick: () => void explorer.togglePin(id), title: 'Keep it where it is when layouts run (P)' }, pinned ? 'Unpin' : 'Pin'),
      h('button', { type: 'button', onclick: () => void explorer.hide([id]), title: 'Remove it from the view (Delete)' }, 'Hide'),
      h('button', { type: 'button', onclick: () => workbench.findPaths(id), title: 'How is it linked to another entity?' }, 'Paths from here'),
      isActor || entity.kind === 'Project' || entity.kind === 'Event'
        ? h('button', { type: 'button', onclick: () => workbench.showRoles(id), title: 'Its partner roles as a table' }, 'Roles')
        : null,
      listsSanctions(entity)
        ? h('button', { type: 'button', onclick: () => workbench.showSanctions(id), title: entity.kind === 'State' ? 'Its nationals on the UN sanctions list' : 'Its entries on the UN sanctions list' }, 'Sanctions entries')
        : null,
    ),
  );
}

/** A sanctions regime, a listed person or entity (the UN list asserts them), or a state (its listed nationals). */
function listsSanctions(entity: { kind: string; datasets?: { id: string }[] }): boolean {
  return entity.kind === 'State' || (entity.datasets ?? []).some((dataset) => dataset.id === 'dataset:un-sc-consolidated');
}

/** The facts only the API's details query has: kind-specific properties, names, positions, and who asserts it on what record. */
export function entityBody(details: EntityDetails, explorer: Explorer, workbench: Workbench, moreStatements: MoreStatements | null = null): HTMLElement {
  const period = formatPeriod(details.startDate, details.endDate);
  const unNames = unLanguageNames(details.unNames);
  // A state's names in the UN languages are listed with their languages, not again among its other names.
  const aliases = details.aliases.filter((alias) => !unNames.some((name) => name.text === alias));
  const shown = [...details.aliases, ...unNames.map((name) => name.text)];
  const scripts = otherNames(details.names.filter((name) => name.originalScript), details.name, shown);
  const weak = otherNames(details.names.filter((name) => name.quality === 'weak' && !name.originalScript), details.name, shown);
  return h(
    'div',
    { class: 'details-body' },
    details.description ? h('p', { class: 'description' }, details.description) : null,
    details.doubt ? notice('doubt', 'The sources are unclear:', details.doubt) : null,
    factList([
      // One per line: aliases are often long titles with commas of their own.
      ['Also called', aliases.length ? h('ul', { class: 'aliases' }, aliases.map((alias) => h('li', { dir: 'auto' }, alias))) : null],
      ['Scope', details.scope ?? null],
      ['ISO code', details.iso3 ?? null],
      ['Other codes', [details.iso2 ? `alpha-2 ${details.iso2}` : null, details.m49 ? `M49 ${details.m49}` : null].filter(Boolean).join(' · ') || null],
      ['UN member', details.unMember == null ? null : details.unMember ? 'yes' : 'no'],
      ['In the UN languages', namesList(unNames, 'un-names')],
      ['Original script', details.originalScriptName ? h('span', { class: 'name-text', dir: textDirection(details.originalScriptName) }, details.originalScriptName) : null],
      ['Other scripts', namesList(scripts.filter((name) => name.text !== details.originalScriptName), 'script-names')],
      ['Weak aliases', namesList(weak, 'weak-names')],
      ['Reference number', details.referenceNumber ?? null],
      ['Listed on', details.listedOn ? formatIsoPrefix(details.listedOn) : null],
      ['Nationality, as listed', details.nationalityText ?? null],
      ['Type', details.instrumentType ?? details.eventType ?? details.placeType ?? null],
      ['Period', period],
      ['Outcomes', details.outcomes?.length ? h('ul', {}, details.outcomes.map((outcome) => h('li', {}, outcome))) : null],
      [
        'Positions',
        details.positions?.length
          ? h(
              'ul',
              {},
              details.positions.map((position) =>
                h('li', {}, [position.title ?? 'Position', ' at ', entityLink(position.at.id, position.at.name, explorer), formatPeriod(position.startDate, position.endDate) ? ` (${formatPeriod(position.startDate, position.endDate)})` : '']),
              ),
            )
          : null,
      ],
    ]),
    h('h3', {}, 'Links'),
    linksList(details.id, explorer),
    provenanceView(
      {
        datasets: details.datasets,
        evidence: details.evidence,
        statements: details.statements.nodes,
        // The curated statements are the evidence passages, counted in the total too.
        referenceTotal: Math.max(0, details.statements.totalCount - details.evidence.length),
        more: details.statements.pageInfo.hasNextPage ? moreStatements : null,
      },
      workbench.openReader,
    ),
  );
}

function entityLink(id: string, name: string, explorer: Explorer): HTMLElement {
  return h(
    'button',
    {
      type: 'button',
      class: 'link-button',
      onclick: () => void explorer.reveal([id], id),
    },
    name,
  );
}

/** Who it is linked to and how, as sentences; a click shows that link in the graph. */
function linksList(id: string, explorer: Explorer): HTMLElement {
  const relations = explorer.store.relationsOf(id).sort((a, b) => a.type.localeCompare(b.type) || explorer.nameOf(other(a, id)).localeCompare(explorer.nameOf(other(b, id))));
  if (relations.length === 0) return h('p', { class: 'hint' }, 'Its links are loading, or it has none.');
  return h(
    'ul',
    { class: 'links-list' },
    relations.map((relation) => {
      const outgoing = relation.from.id === id;
      const verb = RELATION_STYLES[relation.type].verb;
      return h(
        'li',
        {},
        relationSwatch(relation.type, 26, 12),
        h(
          'button',
          {
            type: 'button',
            class: 'link-button',
            onclick: () => void explorer.reveal([other(relation, id)], relation.id),
          },
          outgoing ? `${verb} → ${explorer.nameOf(relation.to.id)}` : `${explorer.nameOf(relation.from.id)} ${verb} this`,
        ),
        relation.conflict ? h('span', { class: 'badge badge-conflict' }, 'disputed') : null,
        referenceBadge(relation),
      );
    }),
  );
}

/** Which reference dataset states a link; curated links go unmarked, as they always were. */
function referenceBadge(relation: RelationSummary): HTMLElement | null {
  const reference = (relation.datasets ?? []).filter((dataset) => !isCurated(dataset.id));
  if (reference.length === 0) return null;
  return h('span', { class: 'badge badge-dataset', title: 'Stated by a reference dataset' }, reference.map((dataset) => datasetShortName(dataset.id)).join(', '));
}

function other(relation: RelationSummary, id: string): string {
  return relation.from.id === id ? relation.to.id : relation.from.id;
}
