// Sets the given properties of an entity (a null removes one): an accepted correction.
MATCH (entity:Entity {id: $id})
SET entity += $set
