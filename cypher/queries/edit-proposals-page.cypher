// A page of proposals in the review queue's order (oldest first, then by id), of the given
// statuses and, when $subjectIds is not null, about those records; one row more than $first
// tells whether another page follows. $after is the (proposedAt, id) the page starts after.
MATCH (proposal:Proposal)
WHERE proposal.status IN $statuses
  AND ($subjectIds IS NULL OR proposal.subjectId IN $subjectIds)
  AND ($afterAt IS NULL OR proposal.proposedAt > $afterAt OR (proposal.proposedAt = $afterAt AND proposal.id > $afterId))
RETURN properties(proposal) AS proposal
ORDER BY proposal.proposedAt, proposal.id
LIMIT $first + 1
