// How many proposals about one record still wait for review.
MATCH (proposal:Proposal {subjectId: $id})
WHERE proposal.status = 'PROPOSED'
RETURN count(proposal) AS count
