import type { ApiClient } from '../../api/client.js';
import { PROPOSALS } from '../../api/edit-documents.js';
import { LatestOnly } from '../../core/requests/latest-only.js';
import { hasRole } from '../../core/workspace/account.js';
import { markedInView, proposalMarks, type ProposalMarks } from '../../core/workspace/proposal-marks.js';
import type { Session } from '../account/session.js';
import type { Explorer } from '../explorer/explorer.js';

const MARK_CLASS = 'has-proposal';
const NO_MARKS: ProposalMarks = { changed: new Map(), newLinks: [] };

export interface ProposalMarksView {
  /** What waits for review (nothing for a viewer or a visitor: proposals are the editors' and reviewers'). */
  readonly current: ProposalMarks;
  /** Reads the queue again (after a proposal or a review). */
  refresh(): void;
  onChange(listener: () => void): void;
}

/**
 * For editors and reviewers, the graph marks what a proposal waiting for review would change:
 * the records it changes, re-dates or retracts, and the entities a proposed new link would join
 * (the link itself is drawn once accepted). Read from the review queue's first page; marked again
 * whenever elements are drawn.
 */
export function mountProposalMarks(explorer: Explorer, api: ApiClient, session: Session): ProposalMarksView {
  const requests = new LatestOnly();
  const listeners = new Set<() => void>();
  let marks = NO_MARKS;
  let paintScheduled = false;

  const paint = () => {
    paintScheduled = false;
    const cy = explorer.cy;
    const marked = markedInView(marks, new Set(cy.elements().map((element) => element.id())));
    cy.batch(() => {
      cy.elements(`.${MARK_CLASS}`).forEach((element) => {
        if (!marked.has(element.id())) element.removeClass(MARK_CLASS);
      });
      for (const id of marked) cy.getElementById(id).addClass(MARK_CLASS);
    });
  };
  const schedulePaint = () => {
    if (paintScheduled) return;
    paintScheduled = true;
    queueMicrotask(paint);
  };
  const set = (next: ProposalMarks) => {
    marks = next;
    paint();
    for (const listener of listeners) listener();
  };
  const load = async () => {
    if (!hasRole(session.account, 'editor')) {
      requests.cancel();
      if (marks !== NO_MARKS) set(NO_MARKS);
      return;
    }
    const ticket = requests.next();
    try {
      const { nodes } = await api.request(PROPOSALS, { statuses: ['PROPOSED'] }, 'what waits for review', { signal: ticket.signal });
      if (ticket.current) set(proposalMarks(nodes));
    } catch {
      // A hint only: the review queue says what failed when opened.
    }
  };

  explorer.cy.on('add', schedulePaint);
  session.onChange(() => void load());
  void load();
  return {
    get current() {
      return marks;
    },
    refresh: () => void load(),
    onChange: (listener) => listeners.add(listener),
  };
}
