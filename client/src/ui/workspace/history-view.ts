import type { ApiClient } from '../../api/client.js';
import { HISTORY, type HistoryEvent } from '../../api/edit-documents.js';
import { h, replaceChildren } from '../dom/element.js';

const ACTION_WORDS: Record<string, string> = {
  PROPOSAL_CREATED: 'proposed',
  PROPOSAL_ACCEPTED: 'accepted',
  PROPOSAL_REJECTED: 'rejected',
  PROPOSAL_WITHDRAWN: 'withdrew',
  RECORD_CREATED: 'created',
  RECORD_UPDATED: 'changed',
  RECORD_RETRACTED: 'retracted',
  SOURCE_REGISTERED: 'registered the source',
};

function eventItem(event: HistoryEvent) {
  return h(
    'li',
    { class: 'history-event', 'data-action': event.action },
    h('time', { datetime: event.at }, event.at.slice(0, 16).replace('T', ' ')),
    ' ',
    h('strong', {}, event.actorName ?? 'someone'),
    ` ${ACTION_WORDS[event.action] ?? event.action.toLowerCase().replaceAll('_', ' ')}`,
    event.reason ? h('q', { class: 'history-reason' }, event.reason) : null,
    event.changes.length
      ? h('ul', { class: 'history-changes' }, event.changes.map((change) => h('li', {}, h('code', {}, change.name), `: ${change.before ?? '—'} → ${change.after ?? '—'}`)))
      : null,
  );
}

/** A record's history (audit trail), read when the reader opens it. */
export function historyView(id: string, api: ApiClient): HTMLElement {
  const list = h('ol', { class: 'history-list' });
  const details = h('details', { class: 'history' }, h('summary', {}, 'History'), list);
  let loaded = false;
  details.addEventListener('toggle', async () => {
    if (!details.open || loaded) return;
    loaded = true;
    replaceChildren(list, h('li', { class: 'loading', role: 'status' }, 'Loading its history…'));
    try {
      const events = await api.request(HISTORY, { id }, 'the history of the record');
      replaceChildren(list, events.length ? events.map(eventItem) : h('li', { class: 'hint' }, 'No change recorded: it is as its dataset states it.'));
    } catch (error) {
      loaded = false;
      replaceChildren(list, h('li', { class: 'error' }, `Could not load the history: ${(error as Error).message}`));
    }
  });
  return details;
}
