// Stores a proposal: a :Proposal node (never an :Entity, linked to nothing, so graph reads never meet it).
CREATE (proposal:Proposal)
SET proposal = $properties
