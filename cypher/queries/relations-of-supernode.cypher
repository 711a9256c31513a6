// One page of a supernode's relations (see relations-of-entities.cypher), in relation-id order:
// the first $first + 1 after the relation id $after, each with `neighbour` and `outgoing`.
// relations/supernode-page.ts puts one branch below per relation type and direction asked for,
// chosen on the degrees already read, where BRANCHES stands; each reads about $first + 1
// relations whatever the degree:
// - `ordinary-…` (at most $denseDegree relations of that type that way): read and sorted;
// - `outgoing`: relation ids are `<TYPE>:<from id>-><to id>`, so the supernode's own relations
//   are one range of the type's id index, read in order from $after;
// - `incoming`: the type's id index is read in order from $after, keeping the relations that end
//   at the supernode; taken only when the supernode holds a large share of the type (degree² >
//   ($first + 1) × the type's count; else `ordinary` reads fewer), so about
//   ($first + 1) × count / degree are read, at most √(($first + 1) × count).
MATCH (entity:Entity {id: $id})
CALL (entity) {
  // BRANCHES
}
WITH relation, neighbour, outgoing ORDER BY relation.id LIMIT $first + 1
RETURN collect({
  id: relation.id,
  outgoing: outgoing,
  neighbour: properties(neighbour),
  relation: {
    id: relation.id, type: type(relation), from: startNode(relation).id, to: endNode(relation).id,
    properties: properties(relation)
  }
}) AS page

// BRANCH ordinary-outgoing
MATCH (entity)-[relation:TYPE]->(neighbour:Entity)
WHERE relation.id > $after
WITH relation, neighbour ORDER BY relation.id LIMIT $first + 1
RETURN relation, neighbour, true AS outgoing
// BRANCH ordinary-incoming
MATCH (entity)<-[relation:TYPE]-(neighbour:Entity)
WHERE relation.id > $after
WITH relation, neighbour ORDER BY relation.id LIMIT $first + 1
RETURN relation, neighbour, false AS outgoing
// BRANCH outgoing
MATCH (from)-[relation:TYPE]->(neighbour:Entity)
USING INDEX relation:TYPE(id)
WHERE relation.id STARTS WITH 'TYPE:' + entity.id + '->' AND relation.id > $after AND from = entity
WITH relation, neighbour ORDER BY relation.id LIMIT $first + 1
RETURN relation, neighbour, true AS outgoing
// BRANCH incoming
MATCH (neighbour:Entity)-[relation:TYPE]->(to)
USING INDEX relation:TYPE(id)
WHERE relation.id STARTS WITH 'TYPE:' AND relation.id > $after AND to = entity
WITH relation, neighbour ORDER BY relation.id LIMIT $first + 1
RETURN relation, neighbour, false AS outgoing
