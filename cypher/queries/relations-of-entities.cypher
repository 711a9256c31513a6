// For each entity id in $ids, one page of its relations in relation-id order: `totalCount`
// (all that match) and `page`, the first $first + 1 after the relation id $after ('' from the
// start), each with the entity at the other end (`neighbour`) and whether the relation points
// away from the entity (`outgoing`). $direction is OUTGOING, INCOMING or BOTH; $types (null:
// all) restricts the types. Unknown ids are simply absent.
// Only entities of at most $denseDegree relations (`ordinary`, read from the degree store) are
// paged here, by reading their relations and sorting them. For a supernode no relation is read:
// `degrees` gives, per relation type, its outgoing and incoming relations and the type's count
// in the graph (all from the count stores), and relations-of-supernode.cypher pages it.
// relations/loaders.ts expands the EACH block over the relation types of the data model.
UNWIND $ids AS id
MATCH (entity:Entity {id: id})
WITH id, entity, COUNT { (entity)--() } <= $denseDegree AS ordinary
CALL (entity, ordinary) {
  WITH entity WHERE ordinary
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
  RETURN size(matching) AS totalCount, [item IN matching WHERE item.id > $after][..$first + 1] AS page
}
RETURN id, ordinary, totalCount, page, CASE WHEN ordinary THEN null ELSE {
  // EACH RELATION_TYPE
  RELATION_TYPE: [COUNT { (entity)-[:RELATION_TYPE]->() }, COUNT { (entity)<-[:RELATION_TYPE]-() }, COUNT { ()-[:RELATION_TYPE]->() }],
  // END EACH
  none: []
} END AS degrees
