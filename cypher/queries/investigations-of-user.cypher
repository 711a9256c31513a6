// A page of the investigations a user owns or that are shared with them, the most recently
// saved first; $after is the [updatedAt, id] of the previous page's last. Reads only the
// user's own links: bounded by how many investigations they have, not by the graph.
MATCH (user:User {id: $userId})
CALL (user) {
  MATCH (user)-[:OWNS]->(investigation:Investigation)
  RETURN investigation, 'OWNER' AS access
  UNION
  MATCH (user)-[share:CAN_EDIT|CAN_READ]->(investigation:Investigation)
  RETURN investigation, CASE type(share) WHEN 'CAN_EDIT' THEN 'EDIT' ELSE 'READ' END AS access
}
WITH investigation, access
WHERE $after IS NULL
   OR investigation.updatedAt < $after[0]
   OR (investigation.updatedAt = $after[0] AND investigation.id < $after[1])
WITH investigation, access
ORDER BY investigation.updatedAt DESC, investigation.id DESC
LIMIT $first
MATCH (owner:User)-[:OWNS]->(investigation)
CALL (investigation) {
  OPTIONAL MATCH (other:User)-[share:CAN_EDIT|CAN_READ]->(investigation)
  RETURN collect(CASE WHEN other IS NOT NULL THEN { user: other { .id, .name, .role }, access: CASE type(share) WHEN 'CAN_EDIT' THEN 'EDIT' ELSE 'READ' END } END) AS shares
}
RETURN investigation { .* } AS investigation, access, owner { .id, .name, .role } AS owner, shares
