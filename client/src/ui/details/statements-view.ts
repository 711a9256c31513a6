import type { EntityDetails } from '../../api/documents.js';
import { firstStatements, statementCount, statementGroups } from '../../core/evidence/index.js';
import { h, replaceChildren } from '../dom/element.js';
import { relationSwatch } from '../dom/swatch.js';
import type { Explorer } from '../explorer/explorer.js';
import type { Workbench } from '../panels/workbench.js';
import { evidenceList } from './evidence-list.js';
import { notice } from './fields.js';

/** Quotes per page: a hub's statements run to well over a hundred. */
export const STATEMENTS_PAGE = 25;

/**
 * Everything the sources state about an entity, in one scrollable list: the quotes about it,
 * then those behind each of its links, grouped by link, each with its source and a button that
 * opens the reader at the passage; paged, so a hub does not draw hundreds of quotes at once.
 */
export function statementsView(details: EntityDetails, explorer: Explorer, workbench: Workbench): HTMLElement {
  const groups = statementGroups(details, explorer.store.relationsOf(details.id), (id) => explorer.nameOf(id));
  const total = statementCount(groups);
  let limit = STATEMENTS_PAGE;
  const list = h('div', { class: 'statement-groups' });
  const summary = h('p', { class: 'statements-summary', 'aria-live': 'polite' });
  const more = h('button', { type: 'button', class: 'show-more', onclick: () => ((limit += STATEMENTS_PAGE), render()) }, '');

  function render(): void {
    const page = firstStatements(groups, limit);
    const shown = statementCount(page);
    summary.textContent = `${shown} of ${total} ${total === 1 ? 'quote' : 'quotes'} about ${details.name} and its ${groups.filter((group) => group.relationId).length} links.`;
    replaceChildren(
      list,
      page.map((group) => {
        const relation = group.relationId ? explorer.store.relations.get(group.relationId) : undefined;
        return h(
          'section',
          { class: 'statement-group', 'data-relation': group.relationId ?? '' },
          h(
            'h4',
            {},
            relation ? relationSwatch(relation.type, 26, 12) : null,
            relation
              ? h('button', { type: 'button', class: 'link-button', title: 'Show this link in the graph', onclick: () => void explorer.reveal([relation.from.id, relation.to.id], relation.id) }, group.title)
              : group.title,
          ),
          group.conflict ? notice('conflict', 'The sources disagree:', group.conflict) : null,
          group.doubt ? notice('doubt', 'The sources are unclear:', group.doubt) : null,
          group.evidence.length ? evidenceList(group.evidence, workbench.openReader) : null,
        );
      }),
    );
    more.hidden = shown >= total;
    more.textContent = `Show ${Math.min(STATEMENTS_PAGE, total - shown)} more of the ${total - shown} left`;
  }

  render();
  return h('div', { class: 'details-statements' }, summary, list, more);
}
