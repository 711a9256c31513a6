// The relations with the given ids, as {id, type, from, to, properties}; missing ids are absent.
// Each id is looked up in the id index of its relation type: $idsByType maps every type of the
// data model to the ids that may be of it (relations/loaders.ts: the type an id starts with, or
// every type for an id that names none), and relations/loaders.ts expands the EACH block.
CALL () {
  // EACH RELATION_TYPE UNION ALL
  UNWIND $idsByType.RELATION_TYPE AS id
  MATCH (from:Entity)-[relation:RELATION_TYPE {id: id}]->(to:Entity)
  // On a small graph the planner may prefer a scan of the type and keep that plan as the graph grows.
  USING INDEX relation:RELATION_TYPE(id)
  RETURN from, relation, to
  // END EACH
}
RETURN {
  id: relation.id, type: type(relation), from: from.id, to: to.id, properties: properties(relation)
} AS relation
