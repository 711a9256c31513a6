// Creates a relation editors proposed and a reviewer accepted, of type RELATION_TYPE (from the
// model's whitelist), between two existing entities.
MATCH (from:Entity {id: $from}), (to:Entity {id: $to})
CREATE (from)-[relation:RELATION_TYPE]->(to)
SET relation = $properties
