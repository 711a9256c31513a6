// The centre, the entities within $depth (1-3) hops of it, nearest first and at most $limit in
// all, and every relation among them. `truncated` says whether more were within reach.
// $types restricts the relations walked and returned; $kinds the entities kept.
MATCH (center:Entity {id: $id})
OPTIONAL MATCH walk = (center)-[steps*1..3]-(other:Entity)
  WHERE length(walk) <= $depth
    AND other <> center
    AND ($types IS NULL OR all(step IN steps WHERE type(step) IN $types))
    AND ($kinds IS NULL OR all(node IN nodes(walk)[1..] WHERE node.kind IN $kinds))
WITH center, other, min(length(walk)) AS distance
ORDER BY distance, other.name
WITH center, collect(other) AS reached
WITH [center] + reached[..$limit - 1] AS members, size(reached) > $limit - 1 AS truncated
CALL (members) {
  UNWIND members AS source
  MATCH (source)-[relation]->(target:Entity)
    WHERE target IN members AND ($types IS NULL OR type(relation) IN $types)
  RETURN collect({
    id: relation.id, type: type(relation), from: source.id, to: target.id, properties: properties(relation)
  }) AS edges
}
RETURN [member IN members | properties(member)] AS nodes, edges, truncated
