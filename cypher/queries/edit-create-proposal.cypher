// Stores a proposal: a :Proposal node (never an :Entity, linked to nothing, so graph reads never meet it).
// Counts it in its status's :ProposalCount (edit-proposals-count). A count node missing (a
// database from before the counts) starts from the proposals already there, once; every edit
// holds the edit lock, so counts and proposals change together, one transaction at a time.
OPTIONAL MATCH (known:ProposalCount {status: $properties.status})
WITH CASE WHEN known IS NULL THEN COUNT { MATCH (existing:Proposal) WHERE existing.status = $properties.status } ELSE 0 END AS existing
MERGE (counter:ProposalCount {status: $properties.status})
  ON CREATE SET counter.count = existing
SET counter.count = counter.count + 1
CREATE (proposal:Proposal)
SET proposal = $properties
