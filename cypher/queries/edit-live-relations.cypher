// How many relations touch the entity: an actor is retracted only once none does.
MATCH (entity:Entity {id: $id})
RETURN COUNT { (entity)--() } AS count
