// Records a proposal's review (accepted, rejected or withdrawn): its status, who, when, the comment.
MATCH (proposal:Proposal {id: $id})
SET proposal += $set
