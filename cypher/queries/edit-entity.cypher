// One entity as an edit reads it: all its properties (owners, version, evidence), or no row.
MATCH (entity:Entity {id: $id})
RETURN properties(entity) AS properties
