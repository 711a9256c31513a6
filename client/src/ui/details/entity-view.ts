import type { EntityDetails } from '../../api/documents.js';
import type { RelationSummary } from '../../core/graph/index.js';
import { RELATION_STYLES } from '../../core/legend/index.js';
import { formatPeriod } from '../../core/timeline/index.js';
import { h } from '../dom/element.js';
import { kindSwatch, relationSwatch } from '../dom/swatch.js';
import type { Explorer } from '../explorer/explorer.js';
import type { Workbench } from '../panels/workbench.js';
import { evidenceList } from './evidence-list.js';
import { factList, notice } from './fields.js';

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
    ),
  );
}

/** The facts only the API's details query has: kind-specific properties, positions, evidence. */
export function entityBody(details: EntityDetails, explorer: Explorer, workbench: Workbench): HTMLElement {
  const period = formatPeriod(details.startDate, details.endDate);
  return h(
    'div',
    { class: 'details-body' },
    details.description ? h('p', { class: 'description' }, details.description) : null,
    details.doubt ? notice('doubt', 'The sources are unclear:', details.doubt) : null,
    factList([
      // One per line: aliases are often long titles with commas of their own.
      ['Also called', details.aliases.length ? h('ul', { class: 'aliases' }, details.aliases.map((alias) => h('li', {}, alias))) : null],
      ['Scope', details.scope ?? null],
      ['ISO code', details.iso3 ?? null],
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
    h('h3', {}, `What the sources say (${details.evidence.length})`),
    evidenceList(details.evidence, workbench.openReader),
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
      );
    }),
  );
}

function other(relation: RelationSummary, id: string): string {
  return relation.from.id === id ? relation.to.id : relation.from.id;
}
