// How many proposals of the given statuses (and, when $subjectIds is not null, about those records)
// there are. Without records: the counts kept per status (edit-create-proposal), so the queue's
// total reads no queue. With records: one index entry per matching proposal of those records
// (every proposal has a proposedAt: naming it lets the three-property index serve the count).
CALL () {
  WITH 1 AS unused WHERE $subjectIds IS NULL
  UNWIND $statuses AS status
  OPTIONAL MATCH (counter:ProposalCount {status: status})
  RETURN CASE WHEN counter IS NULL THEN COUNT { MATCH (proposal:Proposal) WHERE proposal.status = status } ELSE counter.count END AS count
  UNION ALL
  WITH 1 AS unused WHERE $subjectIds IS NOT NULL
  UNWIND $subjectIds AS subjectId
  UNWIND $statuses AS status
  RETURN COUNT { MATCH (proposal:Proposal) WHERE proposal.subjectId = subjectId AND proposal.status = status AND proposal.proposedAt IS NOT NULL } AS count
}
RETURN sum(count) AS count
