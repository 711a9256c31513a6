// How big the graph is: entities by kind, relations by type and the number of sources. Each is
// one count of a label or relationship type of the data model, which Neo4j answers from its
// count store without reading the graph (stats/resolvers.ts expands the EACH blocks).
CALL () {
  // EACH ENTITY_KIND UNION ALL
  RETURN 'ENTITY_KIND' AS kind, COUNT { (:ENTITY_KIND) } AS count
  // END EACH
}
WITH collect({kind: kind, count: count}) AS byKind
CALL () {
  // EACH RELATION_TYPE UNION ALL
  RETURN 'RELATION_TYPE' AS type, COUNT { ()-[:RELATION_TYPE]->() } AS count
  // END EACH
}
WITH byKind, collect({type: type, count: count}) AS byRelationType
CALL () {
  RETURN COUNT { (:Source) } AS sources
}
RETURN byKind, byRelationType, sources
