// One relation of the type its id names (RELATION_TYPE, from the model's whitelist), through that
// type's id index: its ends' ids and all its properties, or no row.
MATCH (from:Entity)-[relation:RELATION_TYPE {id: $id}]->(to:Entity)
RETURN from.id AS from, to.id AS to, properties(relation) AS properties
