// Everything the editors' dataset alone owns, for `npm run seed:export-edits`: its entities (as
// property maps), its relations ({type, from, to, properties}) and its sources (texts included).
CALL () {
  MATCH (entity:Entity) WHERE entity.datasets = [$editors]
  RETURN collect(properties(entity)) AS entities
}
CALL () {
  MATCH (from:Entity)-[relation]->(to:Entity) WHERE relation.dataset = $editors
  RETURN collect({type: type(relation), from: from.id, to: to.id, properties: properties(relation)}) AS relations
}
CALL () {
  MATCH (source:Source) WHERE source.dataset = $editors
  RETURN collect(properties(source)) AS sources
}
RETURN entities, relations, sources
