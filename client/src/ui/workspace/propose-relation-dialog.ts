import { ApiError, type ApiClient } from '../../api/client.js';
import { PROPOSE_RELATION } from '../../api/edit-documents.js';
import { PARTNER_ROLE_RELATIONS, RELATION_TYPE_DEFINITIONS, RELATION_TYPES, type RelationType } from '../../core/model/index.js';
import { h, replaceChildren } from '../dom/element.js';
import { createEntitySearch } from '../search/entity-search.js';
import { evidenceFields } from './evidence-fields.js';

const PARTNER_TYPES = new Set<RelationType>(Object.values(PARTNER_ROLE_RELATIONS));

/**
 * "Add partner role": propose a link from the selected actor to another entity (a partner role
 * such as FUNDS or IMPLEMENTS, or any other type the model allows), with its period and its
 * evidence. It stays a proposal until a reviewer accepts it.
 */
export class ProposeRelationDialog {
  private settleFocus: HTMLElement | null = null;

  constructor(
    private readonly dialog: HTMLDialogElement,
    private readonly api: ApiClient,
    private readonly onProposed: (message: string) => void,
  ) {
    dialog.addEventListener('close', () => this.settleFocus?.focus());
  }

  open(from: { id: string; name: string }): void {
    this.settleFocus = document.activeElement as HTMLElement | null;
    let toId: string | null = null;
    const type = h(
      'select',
      { id: 'propose-type' },
      h('optgroup', { label: 'Partner roles' }, RELATION_TYPES.filter((value) => PARTNER_TYPES.has(value)).map((value) => h('option', { value }, value))),
      h('optgroup', { label: 'Other links' }, RELATION_TYPES.filter((value) => !PARTNER_TYPES.has(value)).map((value) => h('option', { value }, value))),
    );
    const typeHint = h('p', { class: 'hint', id: 'propose-type-hint' });
    const describe = () => (typeHint.textContent = RELATION_TYPE_DEFINITIONS[type.value as RelationType].description);
    type.addEventListener('change', describe);
    describe();
    const target = createEntitySearch({
      api: this.api,
      label: 'To',
      placeholder: 'Search the other end: a project, an event…',
      className: 'propose-target',
      onChoose: (hit) => {
        toId = hit.entity.id;
        target.setValue(hit.entity.name);
      },
    });
    const startDate = h('input', { id: 'propose-start', type: 'text', inputmode: 'numeric', placeholder: 'YYYY, YYYY-MM or YYYY-MM-DD', pattern: '\\d{4}(-\\d{2}(-\\d{2})?)?' });
    const endDate = h('input', { id: 'propose-end', type: 'text', inputmode: 'numeric', placeholder: 'YYYY, YYYY-MM or YYYY-MM-DD', pattern: '\\d{4}(-\\d{2}(-\\d{2})?)?' });
    const role = h('input', { id: 'propose-role', type: 'text', placeholder: 'e.g. co-implementing partner (optional)' });
    const reason = h('textarea', { id: 'propose-reason', rows: 2, placeholder: 'Why propose it (optional): what a reviewer should know' });
    const evidence = evidenceFields(this.api, 'propose');
    const error = h('p', { class: 'form-error', role: 'alert' });
    const submit = h('button', { type: 'submit' }, 'Propose');
    const form = h(
      'form',
      { class: 'propose-form' },
      h('p', {}, 'From ', h('strong', {}, from.name)),
      h('label', { for: 'propose-type' }, 'Link'),
      type,
      typeHint,
      target.element,
      h('div', { class: 'date-pair' }, h('label', { for: 'propose-start' }, 'From (date)'), startDate, h('label', { for: 'propose-end' }, 'Until'), endDate),
      h('label', { for: 'propose-role' }, 'Role or title'),
      role,
      evidence.element,
      h('label', { for: 'propose-reason' }, 'Reason'),
      reason,
      error,
      h('div', { class: 'form-actions' }, submit, h('button', { type: 'button', onclick: () => this.dialog.close() }, 'Cancel')),
    );
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      const problem = !toId ? 'Choose the other end of the link from the search.' : evidence.problem();
      const proof = evidence.value();
      if (problem || !proof || !toId) {
        error.textContent = problem ?? 'Give the evidence.';
        return;
      }
      submit.disabled = true;
      error.textContent = '';
      try {
        const proposal = await this.api.request(
          PROPOSE_RELATION,
          {
            type: type.value,
            from: from.id,
            to: toId,
            ...(startDate.value && { startDate: startDate.value }),
            ...(endDate.value && { endDate: endDate.value }),
            ...(role.value.trim() && { role: role.value.trim() }),
            evidence: proof,
            ...(reason.value.trim() && { reason: reason.value.trim() }),
          },
          'proposing the link',
        );
        this.dialog.close();
        this.onProposed(`Proposed ${type.value} from ${from.name} (${proposal.id}): a reviewer will accept or reject it.`);
      } catch (failure) {
        error.textContent = failure instanceof ApiError ? failure.message : 'Proposing failed; try again.';
      } finally {
        submit.disabled = false;
      }
    });
    replaceChildren(
      this.dialog,
      h('header', { class: 'dialog-header' }, h('h2', { id: 'propose-title' }, 'Propose a link'), h('button', { type: 'button', class: 'close', 'aria-label': 'Close the proposal', onclick: () => this.dialog.close() }, '×')),
      form,
    );
    this.dialog.setAttribute('aria-labelledby', 'propose-title');
    if (!this.dialog.open) this.dialog.showModal();
    type.focus();
  }
}
