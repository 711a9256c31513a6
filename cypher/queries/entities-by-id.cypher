// The entities with the given ids (any kind), as property maps; missing ids are simply absent.
UNWIND $ids AS id
MATCH (entity:Entity {id: id})
// The id constraint's index, always: a plan made while the graph was small must not scan it later.
USING INDEX entity:Entity(id)
RETURN properties(entity) AS entity
