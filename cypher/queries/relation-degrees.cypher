// The entity $id's relations per type: [outgoing, incoming], from the degree store (no relation
// is read). relations/relation-groups.ts expands the EACH block over the data model's types.
MATCH (entity:Entity {id: $id})
RETURN {
  // EACH RELATION_TYPE
  RELATION_TYPE: [COUNT { (entity)-[:RELATION_TYPE]->() }, COUNT { (entity)<-[:RELATION_TYPE]-() }],
  // END EACH
  none: []
} AS degrees
