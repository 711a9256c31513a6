// For each source id in $ids, the entities and the relations that cite it as evidence,
// entities by name and relations by id.
UNWIND $ids AS id
RETURN id,
  COLLECT {
    MATCH (entity:Entity) WHERE id IN entity.evidenceSources
    RETURN properties(entity) AS entity ORDER BY entity.name
  } AS entities,
  COLLECT {
    MATCH (from:Entity)-[relation]->(to:Entity) WHERE id IN relation.evidenceSources
    RETURN {
      id: relation.id, type: type(relation), from: from.id, to: to.id, properties: properties(relation)
    } AS relation ORDER BY relation.id
  } AS relations
