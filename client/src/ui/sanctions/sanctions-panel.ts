import type { ApiClient } from '../../api/client.js';
import { ENTITY_LISTINGS, SANCTIONS_ENTRIES, type SanctionsPage } from '../../api/documents.js';
import type { EntityKind, ListingStatus } from '../../core/model/index.js';
import { LatestOnly } from '../../core/requests/index.js';
import { toSanctionsRow, type SanctionsName, type SanctionsRow } from '../../core/sanctions/index.js';
import { h, replaceChildren } from '../dom/element.js';
import { kindSwatch } from '../dom/swatch.js';
import type { Explorer } from '../explorer/explorer.js';
import { createEntitySearch } from '../search/entity-search.js';

export interface SanctionsPanel {
  /** The entries of a regime, the listed nationals of a state, or an entity's own listings. */
  load(subjectId: string): Promise<void>;
  readonly loaded: boolean;
}

type Subject = { mode: 'regime' | 'nationality' | 'entity'; id: string; name: string };
const STATUS_FILTERS = { all: 'Current and delisted', current: 'Current only', delisted: 'Delisted only' } as const;
type StatusFilter = keyof typeof STATUS_FILTERS;
const DEFAULT_REGIME = 'instrument:unsc-sanctions-al-qaida';

/**
 * The UN Security Council list's entries for a regime, a state (its listed nationals) or a
 * listed person or entity: reference number, listing date, current or delisted (with the window
 * between the snapshots), other names (weak ones marked, original scripts with their language
 * and direction) and associations, a page at a time. A name opens the entity in the graph.
 */
export function mountSanctions(container: HTMLElement, explorer: Explorer, api: ApiClient): SanctionsPanel {
  let subject: Subject | null = null;
  let rows: SanctionsRow[] = [];
  let after: string | null = null;
  let totalCount = 0;
  let loaded = false;
  const latest = new LatestOnly();

  const picker = createEntitySearch({
    api,
    label: 'Entries of',
    placeholder: 'A sanctions regime, a state or a listed name',
    kinds: ['Instrument', 'State', 'Person', 'Organization'],
    onChoose: (hit) => void load(hit.entity.id, hit.entity.kind, hit.entity.name),
  });
  const status = h('select', { id: 'sanctions-status', onchange: () => subject && void load(subject.id) }, Object.entries(STATUS_FILTERS).map(([value, label]) => h('option', { value }, label)));
  const summary = h('p', { class: 'sanctions-summary', 'aria-live': 'polite' });
  const list = h('div', { class: 'table-scroll' });
  const more = h('button', { type: 'button', class: 'show-more', hidden: true, onclick: () => void loadPage() }, 'Show more entries');
  replaceChildren(
    container,
    h('h2', {}, 'Sanctions entries'),
    picker.element,
    h('div', { class: 'form-row' }, h('label', { for: 'sanctions-status' }, 'Show '), status),
    summary,
    list,
    more,
  );

  function modeOf(kind: EntityKind | undefined, id: string): Subject['mode'] {
    if (kind === 'State' || id.startsWith('state:')) return 'nationality';
    if (kind === 'Instrument' || id.startsWith('instrument:')) return 'regime';
    return 'entity';
  }

  async function load(id: string, kind?: EntityKind, name?: string): Promise<void> {
    loaded = true;
    const known = explorer.store.entities.get(id);
    subject = { id, mode: modeOf(kind ?? known?.kind, id), name: name ?? known?.name ?? explorer.nameOf(id) };
    // A shared link keeps the subject (sanctions=…).
    explorer.setSanctions(id);
    picker.setValue(subject.name);
    rows = [];
    after = null;
    totalCount = 0;
    replaceChildren(list);
    more.hidden = true;
    summary.textContent = `Loading the entries of ${subject.name}…`;
    await loadPage();
  }

  async function loadPage(): Promise<void> {
    if (!subject) return;
    const current = subject;
    const ticket = latest.next();
    const filter = status.value as StatusFilter;
    const statuses: ListingStatus[] | null = filter === 'all' ? null : [filter];
    more.disabled = true;
    try {
      let page: SanctionsPage | null;
      if (current.mode === 'entity') {
        page = await api.request(ENTITY_LISTINGS, { id: current.id, after }, `the listings of ${current.name}`, { signal: ticket.signal });
        if (page) page = { ...page, entries: page.entries.filter((entry) => !statuses || statuses.includes(entry.listingStatus)) };
      } else {
        const variables = current.mode === 'regime' ? { regimeId: current.id } : { nationalityId: current.id };
        page = await api.request(SANCTIONS_ENTRIES, { ...variables, statuses, after }, `the sanctions entries of ${current.name}`, { signal: ticket.signal });
      }
      if (!ticket.current) return;
      if (!page) {
        summary.textContent = `Nothing has the id ${current.id}.`;
        return;
      }
      // A subject not in the graph yet is named by its entries (the search gave no name).
      const first = page.entries[0];
      const named = first && (current.mode === 'regime' ? first.regime.name : current.mode === 'entity' ? first.entity.name : first.nationalities.find((state) => state.id === current.id)?.name);
      if (named && current.name === current.id) {
        current.name = named;
        picker.setValue(named);
      }
      rows.push(...page.entries.map(toSanctionsRow));
      totalCount = current.mode === 'entity' ? rows.length : page.totalCount;
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      render(current);
    } catch (error) {
      if (!ticket.current) return;
      summary.textContent = `Could not load the entries: ${(error as Error).message}`;
    } finally {
      more.disabled = false;
    }
  }

  function render(current: Subject): void {
    const what = status.value === 'current' ? 'current ' : status.value === 'delisted' ? 'delisted ' : '';
    summary.textContent =
      rows.length === 0
        ? current.mode === 'nationality'
          ? `No ${what}entries name ${current.name} as nationality.`
          : `No ${what}entries for ${current.name}.`
        : `${rows.length} of ${totalCount} ${what}${totalCount === 1 ? 'entry' : 'entries'} ${current.mode === 'nationality' ? `naming ${current.name} as nationality` : current.mode === 'regime' ? `under ${current.name}` : `of ${current.name}`}.`;
    replaceChildren(list, rows.length ? entriesTable(rows, current.mode !== 'regime') : null);
    more.hidden = !after;
    more.textContent = `Show more entries (${rows.length} of ${totalCount} shown)`;
  }

  function entityButton(id: string, name: string, kind?: EntityKind): HTMLElement {
    return h('button', { type: 'button', class: 'link-button', 'data-entity': id, title: 'Show it in the graph', onclick: () => void explorer.reveal([id], id) }, kind ? kindSwatch(kind, 12) : null, kind ? ' ' : null, name);
  }

  function nameItem(name: SanctionsName): HTMLElement {
    return h('li', { lang: name.language ?? undefined, dir: name.direction, class: name.weak ? 'weak-name' : undefined }, name.text, name.weak ? h('span', { class: 'badge badge-weak', dir: 'ltr', lang: 'en', title: 'A name of low quality on the list: a lead, not an identity' }, 'weak') : null);
  }

  function entriesTable(shown: readonly SanctionsRow[], withRegime: boolean): HTMLTableElement {
    return h(
      'table',
      { class: 'sanctions-table' },
      h('caption', { class: 'visually-hidden' }, 'Sanctions entries: name and other names, reference number, listing date, status and associations. A name shows the entity in the graph.'),
      h('thead', {}, h('tr', {}, ['Listed', 'Ref.', 'Listed on', 'Status', 'Associated with'].map((label) => h('th', { scope: 'col' }, label)))),
      h(
        'tbody',
        {},
        shown.map((row) =>
          h(
            'tr',
            { 'data-key': row.key, 'data-status': row.status },
            h(
              'th',
              { scope: 'row', class: 'sanctions-name' },
              entityButton(row.entityId, row.name, row.kind),
              row.nationalities ? h('span', { class: 'sanctions-meta' }, `Nationality: ${row.nationalities}`) : null,
              withRegime ? h('span', { class: 'sanctions-meta' }, row.regime) : null,
              row.scriptNames.length ? h('ul', { class: 'sanctions-names script-names', 'aria-label': 'In the original script' }, row.scriptNames.map(nameItem)) : null,
              row.aliases.length ? h('details', { class: 'sanctions-aliases' }, h('summary', {}, `${row.aliases.length} other ${row.aliases.length === 1 ? 'name' : 'names'}${row.aliases.some((name) => name.weak) ? ` (${row.aliases.filter((name) => name.weak).length} weak)` : ''}`), h('ul', { class: 'sanctions-names' }, row.aliases.map(nameItem))) : null,
            ),
            h('td', {}, h('code', {}, row.referenceNumber)),
            h('td', { class: 'period' }, row.listedOn || '—'),
            h('td', { class: `listing-status listing-${row.status}` }, h('span', { class: `badge badge-${row.status}` }, row.status === 'current' ? 'Current' : 'Delisted'), row.status === 'delisted' ? h('span', { class: 'sanctions-meta' }, row.statusText.replace(/^Delisted /, '')) : null),
            h(
              'td',
              {},
              row.associates.length
                ? h('ul', { class: 'sanctions-associates' }, row.associates.map((associate) => h('li', {}, entityButton(associate.id, associate.name))), row.associateCount > row.associates.length ? h('li', { class: 'hint' }, `and ${row.associateCount - row.associates.length} more`) : null)
                : '—',
            ),
          ),
        ),
      ),
    );
  }

  // Undo, redo and the browser's back and forward bring back the subject they had.
  explorer.onChange((state, kind) => {
    if (kind !== 'replace' && loaded && state.sanctions && state.sanctions !== subject?.id) void load(state.sanctions);
  });

  return {
    load: (id) => load(id),
    get loaded() {
      return loaded;
    },
  };
}

export { DEFAULT_REGIME as DEFAULT_SANCTIONS_REGIME };
