// Records a proposal's review (accepted, rejected or withdrawn): its status, who, when, the comment.
// Moves it from its old status's count to the new one's (see edit-create-proposal). The caller
// reviews only proposals still PROPOSED, so the two statuses always differ.
MATCH (proposal:Proposal {id: $id})
OPTIONAL MATCH (knownBefore:ProposalCount {status: proposal.status})
OPTIONAL MATCH (knownAfter:ProposalCount {status: $set.status})
WITH proposal,
     CASE WHEN knownBefore IS NULL THEN COUNT { MATCH (existing:Proposal) WHERE existing.status = proposal.status } ELSE 0 END AS existingBefore,
     CASE WHEN knownAfter IS NULL THEN COUNT { MATCH (existing:Proposal) WHERE existing.status = $set.status } ELSE 0 END AS existingAfter
MERGE (before:ProposalCount {status: proposal.status})
  ON CREATE SET before.count = existingBefore
MERGE (after:ProposalCount {status: $set.status})
  ON CREATE SET after.count = existingAfter
SET before.count = before.count - 1, after.count = after.count + 1, proposal += $set
