// Every partner role in the graph, one page: the relations of a type in $relationTypes (in role
// order) with their actors and targets; `page` is the $first + 1 after the first $offset,
// `totalCount` all of them (from the count store). Each type's relations are read lazily and the
// read stops after $offset + $first + 1. roles/partner-roles-queries.ts expands the EACH blocks.
CALL () {
  UNWIND range(0, size($relationTypes) - 1) AS roleIndex
  CALL (roleIndex) {
    // EACH RELATION_TYPE UNION ALL
    WITH roleIndex WHERE $relationTypes[roleIndex] = 'RELATION_TYPE'
    MATCH (actor:Entity)-[relation:RELATION_TYPE]->(target:Entity)
    RETURN actor, target, relation
    // END EACH
  }
  WITH actor, target, relation SKIP $offset LIMIT $first + 1
  RETURN collect({
    actor: properties(actor), target: properties(target),
    relation: {id: relation.id, type: type(relation), from: actor.id, to: target.id, properties: properties(relation)}
  }) AS page
}
RETURN page, 0
  // EACH RELATION_TYPE
  + CASE WHEN 'RELATION_TYPE' IN $relationTypes THEN COUNT { ()-[:RELATION_TYPE]->() } ELSE 0 END
  // END EACH
  AS totalCount
