// One proposal's properties, or no row.
MATCH (proposal:Proposal {id: $id})
RETURN properties(proposal) AS proposal
