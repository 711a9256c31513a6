import { ApiError, type ApiClient } from '../../api/client.js';
import { INVESTIGATION, INVESTIGATIONS, SAVE_INVESTIGATION, SHARE_INVESTIGATION } from '../../api/workspace-documents.js';
import { LatestOnly } from '../../core/requests/latest-only.js';
import { decodeView, encodeView } from '../../core/view/index.js';
import { canSaveOver, investigationLink, type Investigation, type NodePosition } from '../../core/workspace/investigation.js';
import { h, replaceChildren } from '../dom/element.js';
import { refreshLatest } from '../dom/latest-list.js';
import type { Explorer } from '../explorer/explorer.js';

const ACCESS_LABELS = { owner: 'yours', edit: 'shared with you to edit', read: 'shared with you, read-only' } as const;

/**
 * Saved investigations: save the current view (its nodes, pins, filters, layout, period, date,
 * where each node stands) with notes under a name, reopen it, share it read-only or to edit.
 */
export class InvestigationsDialog {
  /** The investigation the view was opened from, so that a save can go over it. */
  private current: Investigation | null = null;
  private readonly name = h('input', { id: 'investigation-name', type: 'text', maxlength: 120, required: true });
  private readonly notes = h('textarea', { id: 'investigation-notes', rows: 3, maxlength: 10000 });
  private readonly status = h('p', { class: 'form-status', role: 'status' });
  private readonly list = h('ul', { class: 'investigation-list', 'aria-label': 'Your investigations' });
  private readonly saveOver = h('button', { type: 'button', hidden: true }, 'Save over it');
  /** The list as last asked for: an older answer arriving late (a slow network) is dropped. */
  private readonly listRequests = new LatestOnly();

  constructor(
    private readonly dialog: HTMLDialogElement,
    private readonly explorer: Explorer,
    private readonly api: ApiClient,
  ) {
    const form = h(
      'form',
      { class: 'investigation-save' },
      h('h3', {}, 'Save this view'),
      h('label', { for: 'investigation-name' }, 'Name'),
      this.name,
      h('label', { for: 'investigation-notes' }, 'Notes'),
      this.notes,
      h('div', { class: 'form-actions' }, h('button', { type: 'submit' }, 'Save as new'), this.saveOver),
    );
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.save(null);
    });
    this.saveOver.addEventListener('click', () => void this.save(this.current));
    replaceChildren(
      dialog,
      h('header', { class: 'dialog-header' }, h('h2', { id: 'investigations-title' }, 'Investigations'), h('button', { type: 'button', class: 'close', 'aria-label': 'Close investigations', onclick: () => dialog.close() }, '×')),
      form,
      this.status,
      h('h3', {}, 'Saved'),
      this.list,
    );
    dialog.setAttribute('aria-labelledby', 'investigations-title');
    dialog.addEventListener('close', () => this.listRequests.cancel());
  }

  async show(): Promise<void> {
    if (this.current) {
      this.name.value = this.current.name;
      this.notes.value = this.current.notes;
    }
    this.updateSaveOver();
    if (!this.dialog.open) this.dialog.showModal();
    this.name.focus();
    replaceChildren(this.list, h('li', { class: 'loading' }, 'Loading your investigations…'));
    await this.refresh();
  }

  /** Opens a saved investigation into the explorer: its view, then its nodes where they stood. */
  async open(id: string): Promise<void> {
    const investigation = await this.api.request(INVESTIGATION, { id }, 'the saved investigation');
    if (!investigation) {
      this.explorer.notice(`No saved investigation has the id ${id}.`);
      return;
    }
    this.current = investigation;
    // A step of its own: the address bar and undo follow (a 'restore' is back/forward's, which leaves the URL be).
    await this.explorer.open(decodeView(investigation.view).state, 'step');
    this.place(investigation.positions);
    this.explorer.notice(`Opened “${investigation.name}” (${ACCESS_LABELS[investigation.access]}).`);
    if (this.dialog.open) this.dialog.close();
  }

  private place(positions: readonly NodePosition[]): void {
    const cy = this.explorer.cy;
    cy.batch(() => {
      for (const { id, x, y } of positions) {
        const node = cy.getElementById(id);
        if (node.nonempty()) node.position({ x, y });
      }
    });
    cy.fit(cy.elements(':visible'), 40);
  }

  private async save(over: Investigation | null): Promise<void> {
    // One save per click: a second press while the first is on its way would save a duplicate.
    const buttons = [...this.dialog.querySelectorAll<HTMLButtonElement>('.investigation-save button')];
    if (buttons.some((button) => button.disabled)) return;
    for (const button of buttons) button.disabled = true;
    const cy = this.explorer.cy;
    const positions = cy.nodes().map((node) => ({ id: node.id(), x: Math.round(node.position('x') * 10) / 10, y: Math.round(node.position('y') * 10) / 10 }));
    try {
      const saved = await this.api.request(
        SAVE_INVESTIGATION,
        { ...(over && { id: over.id, version: over.version }), name: this.name.value, notes: this.notes.value, view: encodeView(this.explorer.state), positions },
        'saving the investigation',
      );
      this.current = saved;
      this.updateSaveOver();
      this.status.textContent = `Saved “${saved.name}” (version ${saved.version}). Link: ${investigationLink(location.origin, saved.id)}`;
    } catch (error) {
      this.status.textContent = error instanceof ApiError ? error.message : 'Saving failed; try again.';
      return;
    } finally {
      for (const button of buttons) button.disabled = false;
    }
    await this.refresh();
  }

  private updateSaveOver(): void {
    this.saveOver.hidden = !(this.current && canSaveOver(this.current));
    if (this.current) this.saveOver.textContent = `Save over “${this.current.name}”`;
  }

  private async refresh(): Promise<void> {
    await refreshLatest(
      this.list,
      this.listRequests,
      (signal) => this.api.request(INVESTIGATIONS, {}, 'your saved investigations', { signal }),
      (investigations) => (investigations.length ? investigations.map((investigation) => this.item(investigation)) : h('li', { class: 'empty' }, 'None yet: save this view to start one.')),
      (message) => h('li', { class: 'error' }, `Your investigations could not be loaded: ${message}`),
    );
  }

  private item(investigation: Investigation) {
    const shares = investigation.sharedWith.map((share) => `${share.user.name} (${share.access === 'edit' ? 'can edit' : 'read-only'})`);
    return h(
      'li',
      { class: 'investigation-item', 'data-investigation': investigation.id },
      h('div', { class: 'investigation-head' },
        h('strong', {}, investigation.name),
        h('span', { class: 'muted' }, ` · ${investigation.access === 'owner' ? 'yours' : `by ${investigation.owner.name}, ${ACCESS_LABELS[investigation.access]}`} · saved ${investigation.updatedAt.slice(0, 16).replace('T', ' ')}`),
      ),
      investigation.notes ? h('p', { class: 'investigation-notes' }, investigation.notes) : null,
      shares.length ? h('p', { class: 'muted' }, `Shared with ${shares.join(', ')}`) : null,
      h('div', { class: 'form-actions' },
        h('button', { type: 'button', onclick: () => void this.open(investigation.id) }, 'Open'),
        investigation.access === 'owner' ? this.shareForm(investigation) : null,
      ),
    );
  }

  private shareForm(investigation: Investigation) {
    const email = h('input', { type: 'email', placeholder: 'colleague@example.org', 'aria-label': `Share “${investigation.name}” with (email)` });
    const access = h('select', { 'aria-label': 'Access' }, h('option', { value: 'read' }, 'read-only'), h('option', { value: 'edit' }, 'can edit'));
    const form = h('form', { class: 'share-form' }, email, access, h('button', { type: 'submit' }, 'Share'));
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      try {
        await this.api.request(SHARE_INVESTIGATION, { id: investigation.id, email: email.value, access: access.value }, 'sharing the investigation');
        this.status.textContent = `Shared “${investigation.name}” with ${email.value}.`;
        await this.refresh();
      } catch (error) {
        this.status.textContent = error instanceof ApiError ? error.message : 'Sharing failed; try again.';
      }
    });
    return form;
  }
}
