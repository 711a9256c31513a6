// The entity $id's relations of some types and directions counted by the kind of the entity at
// the other end: one row per type, direction and kind with its `count`. relations/
// relation-groups.ts puts one branch below per type and direction the entity has (read first
// from the degree store, relation-degrees.cypher) where BRANCHES stands, so the query names only
// what it reads and plans fast. Each branch reads at most $limit relations, whatever the degree.
MATCH (entity:Entity {id: $id})
CALL (entity) {
  // BRANCHES
}
RETURN type, direction, kind, count(*) AS count

// BRANCH OUTGOING
MATCH (entity)-[:TYPE]->(neighbour:Entity)
WITH neighbour LIMIT $limit
RETURN 'TYPE' AS type, 'OUTGOING' AS direction, neighbour.kind AS kind
// BRANCH INCOMING
MATCH (entity)<-[:TYPE]-(neighbour:Entity)
WITH neighbour LIMIT $limit
RETURN 'TYPE' AS type, 'INCOMING' AS direction, neighbour.kind AS kind
