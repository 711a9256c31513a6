// How many proposals about one record still wait for review (the index on subject and status
// reads only those, not the record's decided ones; naming proposedAt, which every proposal has,
// lets the three-property index serve it).
MATCH (proposal:Proposal)
WHERE proposal.subjectId = $id AND proposal.status = 'PROPOSED' AND proposal.proposedAt IS NOT NULL
RETURN count(proposal) AS count
