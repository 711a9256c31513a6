// One actor's partner roles across the graph, one page: its relations of a type in
// $relationTypes (in role order), each with its target; `page` is the $first + 1 after the
// first $offset, `totalCount` all of them (from the degree store). The read starts at the actor
// and stops after $offset + $first + 1; within a role, relations come in the order the graph
// stores them. roles/partner-roles-queries.ts expands the EACH blocks.
MATCH (actor:Entity {id: $actorId})
CALL (actor) {
  UNWIND range(0, size($relationTypes) - 1) AS roleIndex
  CALL (roleIndex, actor) {
    // EACH RELATION_TYPE UNION ALL
    WITH roleIndex, actor WHERE $relationTypes[roleIndex] = 'RELATION_TYPE'
    MATCH (actor)-[relation:RELATION_TYPE]->(target:Entity)
    RETURN target, relation
    // END EACH
  }
  WITH target, relation SKIP $offset LIMIT $first + 1
  RETURN collect({
    actor: properties(actor), target: properties(target),
    relation: {id: relation.id, type: type(relation), from: actor.id, to: target.id, properties: properties(relation)}
  }) AS page
}
RETURN page, 0
  // EACH RELATION_TYPE
  + CASE WHEN 'RELATION_TYPE' IN $relationTypes THEN COUNT { (actor)-[:RELATION_TYPE]->() } ELSE 0 END
  // END EACH
  AS totalCount
