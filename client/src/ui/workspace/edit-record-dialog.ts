import { ApiError, type ApiClient } from '../../api/client.js';
import { EDITABLE_ENTITY, EDITABLE_RELATION, PROPOSE_ENTITY_UPDATE, PROPOSE_PERIOD_CHANGE } from '../../api/edit-documents.js';
import { changedFields, type EditableRecord } from '../../core/workspace/edit-changes.js';
import { h, replaceChildren } from '../dom/element.js';
import { evidenceFields } from './evidence-fields.js';

const DATE_PATTERN = '\\d{4}(-\\d{2}(-\\d{2})?)?';

/**
 * "Edit…" of a record the editors' dataset owns: an actor's name, other spellings, description
 * and (events, projects) dates, or a relation's period. The form starts from the record as it is
 * now and proposes only what changed, against the version the editor saw (a stale one is refused
 * with CONFLICT, saying what changed meanwhile), with its evidence.
 */
export class EditRecordDialog {
  private settleFocus: HTMLElement | null = null;

  constructor(
    private readonly dialog: HTMLDialogElement,
    private readonly api: ApiClient,
    private readonly onProposed: (message: string) => void,
  ) {
    dialog.addEventListener('close', () => this.settleFocus?.focus());
  }

  async open(record: { id: string; kind: 'entity' | 'relation' }, version: number): Promise<void> {
    this.settleFocus = document.activeElement as HTMLElement | null;
    replaceChildren(this.dialog, this.header('Edit'), h('p', { class: 'loading', role: 'status' }, 'Loading the record as it is now…'));
    this.dialog.setAttribute('aria-labelledby', 'edit-title');
    if (!this.dialog.open) this.dialog.showModal();
    try {
      const current = record.kind === 'entity'
        ? await this.api.request(EDITABLE_ENTITY, { id: record.id }, 'the record to edit')
        : await this.api.request(EDITABLE_RELATION, { id: record.id }, 'the record to edit');
      if (!current) throw new ApiError('The record is no longer in the graph.', undefined);
      this.showForm(current, record.kind, version);
    } catch (error) {
      replaceChildren(this.dialog, this.header('Edit'), h('p', { class: 'form-error', role: 'alert' }, error instanceof ApiError ? error.message : 'The record could not be loaded; try again.'));
    }
  }

  private header(title: string) {
    return h('header', { class: 'dialog-header' }, h('h2', { id: 'edit-title' }, title), h('button', { type: 'button', class: 'close', 'aria-label': 'Close the edit', onclick: () => this.dialog.close() }, '×'));
  }

  private showForm(current: EditableRecord, kind: 'entity' | 'relation', version: number): void {
    const name = h('input', { id: 'edit-name', type: 'text', value: current.name, required: true, maxlength: 300 });
    const aliases = h('textarea', { id: 'edit-aliases', rows: 3 });
    aliases.value = current.aliases.join('\n');
    const description = h('textarea', { id: 'edit-description', rows: 3 });
    description.value = current.description ?? '';
    const startDate = h('input', { id: 'edit-start', type: 'text', inputmode: 'numeric', placeholder: 'YYYY, YYYY-MM or YYYY-MM-DD', pattern: DATE_PATTERN, value: current.startDate ?? '' });
    const endDate = h('input', { id: 'edit-end', type: 'text', inputmode: 'numeric', placeholder: 'YYYY, YYYY-MM or YYYY-MM-DD', pattern: DATE_PATTERN, value: current.endDate ?? '' });
    const reason = h('textarea', { id: 'edit-reason', rows: 2, placeholder: 'Why (optional): what a reviewer should know' });
    const evidence = evidenceFields(this.api, 'edit');
    const error = h('p', { class: 'form-error', role: 'alert' });
    const submit = h('button', { type: 'submit' }, 'Propose the change');
    const form = h(
      'form',
      { class: 'edit-form' },
      current.named
        ? [
            h('label', { for: name.id }, 'Name'), name,
            h('label', { for: aliases.id }, 'Other spellings (one per line)'), aliases,
            h('label', { for: description.id }, 'Description'), description,
          ]
        : h('p', {}, h('strong', {}, current.name)),
      current.dated ? h('div', { class: 'date-pair' }, h('label', { for: startDate.id }, 'From (date)'), startDate, h('label', { for: endDate.id }, 'Until'), endDate) : null,
      h('p', { class: 'hint' }, current.dated ? 'Empty a date to clear it. ' : '', `Proposed against version ${version}: a reviewer accepts or rejects it.`),
      evidence.element,
      h('label', { for: reason.id }, 'Reason'), reason,
      error,
      h('div', { class: 'form-actions' }, submit, h('button', { type: 'button', onclick: () => this.dialog.close() }, 'Cancel')),
    );
    form.addEventListener('input', () => (error.textContent = ''));
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      const changes = changedFields(current, {
        name: name.value,
        aliases: aliases.value.split('\n').map((alias) => alias.trim()).filter(Boolean),
        description: description.value,
        startDate: startDate.value,
        endDate: endDate.value,
      });
      const problem = Object.keys(changes).length === 0 ? 'Nothing changed: change a field first.' : evidence.problem();
      const proof = evidence.value();
      if (problem || !proof) {
        error.textContent = problem ?? 'Give the evidence.';
        return;
      }
      submit.disabled = true;
      error.textContent = '';
      try {
        const input = { id: current.id, version, ...changes, evidence: proof, ...(reason.value.trim() && { reason: reason.value.trim() }) };
        const proposal = kind === 'entity'
          ? await this.api.request(PROPOSE_ENTITY_UPDATE, input, 'proposing the correction')
          : await this.api.request(PROPOSE_PERIOD_CHANGE, input, 'proposing the new period');
        this.dialog.close();
        this.onProposed(`Proposed a change of ${current.name} (${proposal.id}): a reviewer will accept or reject it.`);
      } catch (failure) {
        error.textContent = failure instanceof ApiError ? failure.message : 'Proposing failed; try again.';
      } finally {
        submit.disabled = false;
      }
    });
    replaceChildren(this.dialog, this.header(kind === 'entity' ? `Edit ${current.name}` : 'Change the period'), form);
    (current.named ? name : startDate).focus();
  }
}
