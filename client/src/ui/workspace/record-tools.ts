import { ApiError, type ApiClient } from '../../api/client.js';
import { EDIT_STATE, PROPOSE_RETRACTION } from '../../api/edit-documents.js';
import { hasRole } from '../../core/workspace/account.js';
import { h, replaceChildren } from '../dom/element.js';
import type { Session } from '../account/session.js';
import { historyView } from './history-view.js';
import type { EditRecordDialog } from './edit-record-dialog.js';
import type { ProposalMarksView } from './proposal-marks.js';
import type { ProposeRelationDialog } from './propose-relation-dialog.js';

export interface RecordToolsDeps {
  api: ApiClient;
  session: Session;
  proposeRelation: ProposeRelationDialog;
  editRecord: EditRecordDialog;
  proposalMarks: ProposalMarksView;
  notice(message: string): void;
}

/**
 * The workspace's part of a record's details, for signed-in users: its history; for editors,
 * "Add partner role" (a link from an actor), and for a record editors own "Edit…" (an actor's
 * fields) or "Change period…" (a relation's dates) and "Retract…", each a proposal.
 */
export function recordTools(record: { id: string; name: string; kind: 'entity' | 'relation' }, deps: RecordToolsDeps): HTMLElement | null {
  const account = deps.session.account;
  if (!account) return null;
  const actions = h('div', { class: 'actions', role: 'group', 'aria-label': `Edits of ${record.name}` });
  const state = h('p', { class: 'hint edit-state' });
  const section = h('section', { class: 'record-tools', 'aria-label': 'Workspace' }, h('h3', {}, 'Workspace'), actions, state, historyView(record.id, deps.api));
  if (!hasRole(account, 'editor')) return section;
  const links = deps.proposalMarks.current.newLinks.filter((link) => link.from === record.id || link.to === record.id);
  if (links.length) {
    section.append(
      h('p', { class: 'hint proposed-links' }, `Proposed new link${links.length === 1 ? '' : 's'} waiting for review (drawn once accepted): `,
        links.map((link, index) => [index ? '; ' : '', h('code', {}, link.type), ` ${link.from === record.id ? 'to' : 'from'} `, h('code', {}, link.from === record.id ? link.to : link.from)]).flat()),
    );
  }
  if (record.kind === 'entity') {
    actions.append(h('button', { type: 'button', 'data-edit': 'propose-link', onclick: () => deps.proposeRelation.open(record) }, 'Add partner role…'));
  }
  void deps.api.request(EDIT_STATE, { id: record.id }, 'whether it can be edited').then((edit) => {
    if (!edit) return;
    if (edit.openProposals > 0) state.textContent = `${edit.openProposals} proposal${edit.openProposals === 1 ? '' : 's'} about it waiting for review.`;
    if (!edit.editable) {
      state.append(h('span', {}, ` ${edit.notEditableBecause ?? ''}`));
      return;
    }
    const version = edit.version ?? 0;
    actions.append(
      h('button', { type: 'button', 'data-edit': 'edit', onclick: () => void deps.editRecord.open(record, version) }, record.kind === 'entity' ? 'Edit…' : 'Change period…'),
      retractButton(record, version, deps),
    );
  }).catch(() => {});
  return section;
}

function retractButton(record: { id: string; name: string }, version: number, deps: RecordToolsDeps): HTMLElement {
  const reason = h('input', { type: 'text', placeholder: 'Why retract it?', 'aria-label': `Reason to retract ${record.name}`, required: true });
  const form = h('form', { class: 'retract-form', hidden: true }, reason, h('button', { type: 'submit' }, 'Propose retraction'));
  const toggle = h('button', { type: 'button', 'data-edit': 'retract', onclick: () => { form.hidden = !form.hidden; if (!form.hidden) reason.focus(); } }, 'Retract…');
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      const proposal = await deps.api.request(PROPOSE_RETRACTION, { id: record.id, version, reason: reason.value }, 'proposing the retraction');
      form.hidden = true;
      deps.notice(`Proposed to retract ${record.name} (${proposal.id}): a reviewer will decide.`);
    } catch (error) {
      deps.notice(error instanceof ApiError ? error.message : 'Proposing the retraction failed.');
    }
  });
  const wrapper = h('span', {}, toggle, form);
  return wrapper;
}

/** Replaces a slot's content with the record's tools (or nothing for a visitor). */
export function fillRecordTools(slot: HTMLElement, record: { id: string; name: string; kind: 'entity' | 'relation' }, deps: RecordToolsDeps): void {
  const tools = recordTools(record, deps);
  replaceChildren(slot, tools);
}
