// How big the graph is: entities by kind, relations by type and the number of sources.
// Kinds and types with no records are absent; the API fills them in from the data model.
CALL () {
  MATCH (entity:Entity)
  WITH entity.kind AS kind, count(*) AS count
  RETURN collect({kind: kind, count: count}) AS byKind
}
CALL () {
  MATCH (:Entity)-[relation]->(:Entity)
  WITH type(relation) AS type, count(*) AS count
  RETURN collect({type: type, count: count}) AS byRelationType
}
CALL () {
  MATCH (source:Source)
  RETURN count(source) AS sources
}
RETURN byKind, byRelationType, sources
