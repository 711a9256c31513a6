// A page of proposals in the review queue's order (oldest first, then by id), of the given
// statuses and, when $subjectIds is not null, about those records; one row more than $first
// tells whether another page follows. $after is the (proposedAt, id) the page starts after.
// Each (status) or (record, status) reads at most $first + 1 entries of its index, in order:
// the work grows with the statuses, records and page size asked for, never with the queue.
CALL () {
  WITH 1 AS unused WHERE $subjectIds IS NULL
  UNWIND $statuses AS status
  CALL (status) {
    MATCH (proposal:Proposal)
    WHERE proposal.status = status AND proposal.proposedAt >= coalesce($afterAt, '')
      AND ($afterAt IS NULL OR proposal.proposedAt > $afterAt OR proposal.id > $afterId)
    WITH proposal ORDER BY proposal.status, proposal.proposedAt, proposal.id LIMIT $first + 1
    RETURN proposal
  }
  RETURN proposal
  UNION
  WITH 1 AS unused WHERE $subjectIds IS NOT NULL
  UNWIND $subjectIds AS subjectId
  UNWIND $statuses AS status
  CALL (subjectId, status) {
    MATCH (proposal:Proposal)
    WHERE proposal.subjectId = subjectId AND proposal.status = status AND proposal.proposedAt >= coalesce($afterAt, '')
      AND ($afterAt IS NULL OR proposal.proposedAt > $afterAt OR proposal.id > $afterId)
    WITH proposal ORDER BY proposal.subjectId, proposal.status, proposal.proposedAt, proposal.id LIMIT $first + 1
    RETURN proposal
  }
  RETURN proposal
}
WITH proposal ORDER BY proposal.proposedAt, proposal.id LIMIT $first + 1
RETURN properties(proposal) AS proposal
