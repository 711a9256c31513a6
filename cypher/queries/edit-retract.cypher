// Takes a record out of the live graph and keeps its last state as a :Retraction (never an
// :Entity, linked to nothing): an entity without relations when $isEntity, else the relation of
// type RELATION_TYPE (from the model's whitelist) with the given id.
CREATE (retraction:Retraction)
SET retraction = $retraction
WITH retraction
CALL (retraction) {
  WITH retraction WHERE $isEntity
  MATCH (entity:Entity {id: $id})
  DELETE entity
}
CALL (retraction) {
  WITH retraction WHERE NOT $isEntity
  MATCH (:Entity)-[relation:RELATION_TYPE {id: $id}]->(:Entity)
  DELETE relation
}
RETURN retraction.id AS id
