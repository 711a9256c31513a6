// One investigation, its owner, who it is shared with, and the access of the user asking
// (null when they have none).
MATCH (investigation:Investigation {id: $id})
MATCH (owner:User)-[:OWNS]->(investigation)
OPTIONAL MATCH (viewer:User {id: $userId})-[share:CAN_EDIT|CAN_READ]->(investigation)
CALL (investigation) {
  OPTIONAL MATCH (other:User)-[otherShare:CAN_EDIT|CAN_READ]->(investigation)
  RETURN collect(CASE WHEN other IS NOT NULL THEN { user: other { .id, .name, .role }, access: CASE type(otherShare) WHEN 'CAN_EDIT' THEN 'EDIT' ELSE 'READ' END } END) AS shares
}
RETURN investigation { .* } AS investigation,
       owner { .id, .name, .role } AS owner,
       CASE WHEN owner.id = $userId THEN 'OWNER' WHEN share IS NULL THEN null WHEN type(share) = 'CAN_EDIT' THEN 'EDIT' ELSE 'READ' END AS access,
       shares
