// How many proposals of the given statuses (and, when $subjectIds is not null, about those records) there are.
MATCH (proposal:Proposal)
WHERE proposal.status IN $statuses AND ($subjectIds IS NULL OR proposal.subjectId IN $subjectIds)
RETURN count(proposal) AS count
