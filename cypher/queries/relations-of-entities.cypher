// For each entity id in $ids, one page of its relations in relation-id order: `totalCount`
// (all that match) and `page`, the first $first + 1 after the relation id $after (null: from
// the start), each with the entity at the other end (`neighbour`) and whether the relation
// points away from the entity (`outgoing`). $direction is OUTGOING, INCOMING or BOTH; $types
// (null: all) restricts the types. Unknown ids are simply absent.
UNWIND $ids AS id
MATCH (entity:Entity {id: id})
CALL (entity) {
  MATCH (entity)-[relation]-(neighbour:Entity)
  WITH relation, neighbour, startNode(relation) = entity AS outgoing
  WHERE ($types IS NULL OR type(relation) IN $types)
    AND ($direction = 'BOTH' OR outgoing = ($direction = 'OUTGOING'))
  WITH relation, neighbour, outgoing ORDER BY relation.id
  WITH collect({
    id: relation.id,
    outgoing: outgoing,
    neighbour: properties(neighbour),
    relation: {
      id: relation.id, type: type(relation), from: startNode(relation).id, to: endNode(relation).id,
      properties: properties(relation)
    }
  }) AS matching
  RETURN size(matching) AS totalCount, [item IN matching WHERE $after IS NULL OR item.id > $after][..$first + 1] AS page
}
RETURN id, totalCount, page
