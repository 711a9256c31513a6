// The entities with the given ids (any kind), as property maps; missing ids are simply absent.
UNWIND $ids AS id
MATCH (entity:Entity {id: id})
RETURN properties(entity) AS entity
