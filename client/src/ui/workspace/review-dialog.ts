import { ApiError, type ApiClient } from '../../api/client.js';
import { ACCEPT_PROPOSAL, PROPOSALS, REJECT_PROPOSAL, type ProposalRecord } from '../../api/edit-documents.js';
import { LatestOnly } from '../../core/requests/latest-only.js';
import { hasRole } from '../../core/workspace/account.js';
import { h, replaceChildren } from '../dom/element.js';
import { refreshPaged } from '../dom/latest-list.js';
import type { Session } from '../account/session.js';

const ACTION_LABELS: Record<string, string> = {
  CREATE_ENTITY: 'New actor',
  UPDATE_ENTITY: 'Correction',
  CREATE_RELATION: 'New link',
  CHANGE_PERIOD: 'New period',
  RETRACT: 'Retraction',
};

/**
 * The review queue: every proposal still waiting, with what it changes and its evidence. A
 * reviewer accepts or rejects another user's proposal in one action, with an optional comment;
 * their own proposals wait for someone else (four eyes).
 */
export class ReviewDialog {
  private readonly list = h('ol', { class: 'review-list', 'aria-label': 'Proposals waiting for review' });
  private readonly status = h('p', { class: 'form-status', role: 'status' });
  private readonly more = h('button', { type: 'button', hidden: true }, 'More proposals');
  /** The queue as last asked for: an older answer arriving late (a slow network) is dropped. */
  private readonly queueRequests = new LatestOnly();

  constructor(
    private readonly dialog: HTMLDialogElement,
    private readonly api: ApiClient,
    private readonly session: Session,
    private readonly onReviewed: () => void,
  ) {
    replaceChildren(
      dialog,
      h('header', { class: 'dialog-header' }, h('h2', { id: 'review-title' }, 'Review queue'), h('button', { type: 'button', class: 'close', 'aria-label': 'Close the review queue', onclick: () => dialog.close() }, '×')),
      this.status,
      this.list,
      h('div', { class: 'form-actions' }, this.more),
    );
    dialog.setAttribute('aria-labelledby', 'review-title');
    dialog.addEventListener('close', () => this.queueRequests.cancel());
  }

  async show(): Promise<void> {
    if (!this.dialog.open) this.dialog.showModal();
    replaceChildren(this.list, h('li', { class: 'loading' }, 'Loading the proposals…'));
    await this.refresh();
  }

  /** The queue's first page again (after a decision); later pages come with "More proposals". */
  private async refresh(): Promise<void> {
    await refreshPaged({
      list: this.list,
      requests: this.queueRequests,
      more: this.more,
      load: async (after, signal) => {
        const page = await this.api.request(PROPOSALS, { statuses: ['PROPOSED'], after }, after ? 'more of the review queue' : 'the review queue', { signal });
        return { ...page, items: page.nodes };
      },
      item: (proposal) => this.item(proposal),
      failure: (message) => h('li', { class: 'error' }, `The review queue could not be loaded: ${message}`),
      counted: (shown, total) => {
        this.status.textContent = total === 0 ? 'Nothing waiting for review.' : `${total} proposal${total === 1 ? '' : 's'} waiting${shown < total ? ` (the oldest ${shown} shown)` : ''}.`;
      },
    });
  }

  private item(proposal: ProposalRecord) {
    const account = this.session.account;
    const own = account?.id === proposal.proposedBy.id;
    const canReview = hasRole(account, 'reviewer') && !own;
    const comment = h('input', { type: 'text', placeholder: 'Comment (optional)', 'aria-label': `Comment on ${proposal.id}` });
    const review = async (accept: boolean) => {
      // One decision per click: a second click while the first is on its way would be refused.
      for (const button of decisions) button.disabled = true;
      try {
        await this.api.request(accept ? ACCEPT_PROPOSAL : REJECT_PROPOSAL, { id: proposal.id, comment: comment.value || null }, accept ? 'accepting the proposal' : 'rejecting the proposal');
        this.status.textContent = `${accept ? 'Accepted' : 'Rejected'} ${proposal.id}.`;
        this.onReviewed();
        await this.refresh();
      } catch (error) {
        this.status.textContent = error instanceof ApiError ? error.message : 'The review failed; try again.';
        for (const button of decisions) button.disabled = false;
      }
    };
    const decisions = [
      h('button', { type: 'button', onclick: () => void review(true) }, 'Accept'),
      h('button', { type: 'button', onclick: () => void review(false) }, 'Reject'),
    ];
    const { evidence } = proposal;
    return h(
      'li',
      { class: 'review-item', 'data-proposal': proposal.id },
      h('p', { class: 'review-head' }, h('strong', {}, ACTION_LABELS[proposal.action] ?? proposal.action), ' · ', h('code', {}, proposal.subjectId), h('span', { class: 'muted' }, ` · by ${proposal.proposedBy.name}, ${proposal.proposedAt.slice(0, 16).replace('T', ' ')}`)),
      proposal.changes.length ? h('ul', { class: 'history-changes' }, proposal.changes.map((change) => h('li', {}, h('code', {}, change.name), `: ${change.before ?? '—'} → ${change.after ?? '—'}`))) : null,
      evidence.quote
        ? h('blockquote', { class: 'review-quote' }, evidence.quote, h('footer', {}, '— ', evidence.source?.title ?? 'source'))
        : h('p', { class: 'editor-note' }, h('strong', {}, 'Editor\u2019s note: '), evidence.editorNote ?? '—'),
      proposal.reason ? h('p', { class: 'muted' }, `Reason: ${proposal.reason}`) : null,
      canReview
        ? h('div', { class: 'form-actions' }, comment, ...decisions)
        : h('p', { class: 'hint' }, own ? 'Your proposal: another reviewer accepts or rejects it.' : 'A reviewer accepts or rejects it.'),
    );
  }
}
