import { ApiError, type ApiClient } from '../../api/client.js';
import { ACCEPT_PROPOSAL, PROPOSALS, REJECT_PROPOSAL, type ProposalRecord } from '../../api/edit-documents.js';
import { hasRole } from '../../core/workspace/account.js';
import { h, replaceChildren } from '../dom/element.js';
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
    );
    dialog.setAttribute('aria-labelledby', 'review-title');
  }

  async show(): Promise<void> {
    if (!this.dialog.open) this.dialog.showModal();
    await this.refresh();
  }

  private async refresh(): Promise<void> {
    replaceChildren(this.list, h('li', { class: 'loading' }, 'Loading the proposals…'));
    const { nodes, totalCount } = await this.api.request(PROPOSALS, { statuses: ['PROPOSED'] }, 'the review queue');
    this.status.textContent = totalCount === 0 ? 'Nothing waiting for review.' : `${totalCount} proposal${totalCount === 1 ? '' : 's'} waiting.`;
    replaceChildren(this.list, nodes.map((proposal) => this.item(proposal)));
  }

  private item(proposal: ProposalRecord) {
    const account = this.session.account;
    const own = account?.id === proposal.proposedBy.id;
    const canReview = hasRole(account, 'reviewer') && !own;
    const comment = h('input', { type: 'text', placeholder: 'Comment (optional)', 'aria-label': `Comment on ${proposal.id}` });
    const review = async (accept: boolean) => {
      try {
        await this.api.request(accept ? ACCEPT_PROPOSAL : REJECT_PROPOSAL, { id: proposal.id, comment: comment.value || null }, accept ? 'accepting the proposal' : 'rejecting the proposal');
        this.status.textContent = `${accept ? 'Accepted' : 'Rejected'} ${proposal.id}.`;
        this.onReviewed();
        await this.refresh();
      } catch (error) {
        this.status.textContent = error instanceof ApiError ? error.message : 'The review failed; try again.';
      }
    };
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
        ? h('div', { class: 'form-actions' }, comment, h('button', { type: 'button', onclick: () => void review(true) }, 'Accept'), h('button', { type: 'button', onclick: () => void review(false) }, 'Reject'))
        : h('p', { class: 'hint' }, own ? 'Your proposal: another reviewer accepts or rejects it.' : 'A reviewer accepts or rejects it.'),
    );
  }
}
