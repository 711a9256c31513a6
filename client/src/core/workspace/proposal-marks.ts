/** An open proposal as the marks need it (the review queue's record has more). */
export interface OpenProposal {
  id: string;
  action: string;
  subjectId: string;
  changes: readonly { name: string; after: string | null }[];
}

/** A link an editor proposed that is not in the graph yet. */
export interface ProposedLink {
  proposalId: string;
  type: string;
  from: string;
  to: string;
}

/** What open proposals say about the records an editor or reviewer may see. */
export interface ProposalMarks {
  /** Records (entities and relations) an open proposal would change, re-date or retract, with how many. */
  changed: ReadonlyMap<string, number>;
  /** New links proposed, not in the graph until accepted. */
  newLinks: readonly ProposedLink[];
}

const afterOf = (proposal: OpenProposal, name: string) => proposal.changes.find((change) => change.name === name)?.after ?? null;

export function proposalMarks(proposals: readonly OpenProposal[]): ProposalMarks {
  const changed = new Map<string, number>();
  const newLinks: ProposedLink[] = [];
  for (const proposal of proposals) {
    if (proposal.action === 'CREATE_RELATION') {
      const [type, from, to] = [afterOf(proposal, 'type'), afterOf(proposal, 'from'), afterOf(proposal, 'to')];
      if (type && from && to) newLinks.push({ proposalId: proposal.id, type, from, to });
    } else if (proposal.action !== 'CREATE_ENTITY') {
      changed.set(proposal.subjectId, (changed.get(proposal.subjectId) ?? 0) + 1);
    }
  }
  return { changed, newLinks };
}

/**
 * The records in view to mark as having a proposal waiting: those a proposal would change, and
 * the entities a proposed new link would join (the link itself is not drawn before it is accepted).
 */
export function markedInView(marks: ProposalMarks, inView: ReadonlySet<string>): Set<string> {
  const marked = new Set([...marks.changed.keys()].filter((id) => inView.has(id)));
  for (const link of marks.newLinks) {
    for (const end of [link.from, link.to]) if (inView.has(end)) marked.add(end);
  }
  return marked;
}

/** What a record's mark says, for its tooltip and the details panel. */
export function proposalSummary(marks: ProposalMarks, id: string): string | null {
  const changes = marks.changed.get(id) ?? 0;
  const links = marks.newLinks.filter((link) => link.from === id || link.to === id).length;
  const parts = [
    changes ? `${changes} proposed change${changes === 1 ? '' : 's'}` : null,
    links ? `${links} proposed new link${links === 1 ? '' : 's'}` : null,
  ].filter(Boolean);
  return parts.length ? `${parts.join(' and ')} waiting for review` : null;
}
