// The overview's relations: a page of every relation one of $datasets states (every relation when
// $datasets is null), in id order after the id $after ('' from the start), as {id, type, from,
// to, dataset}: the first $first + 1, the extra one telling the API whether more follow. Each
// relation type's page is read from its id index in id order and stops at $first + 1, so a page
// reads at most that many per type (network/resolvers.ts expands the EACH block over the data
// model's types). A relation of the seed from before datasets were recorded is curated.
CALL () {
  // EACH RELATION_TYPE UNION ALL
  MATCH (from:Entity)-[relation:RELATION_TYPE]->(to:Entity)
  USING INDEX relation:RELATION_TYPE(id)
  WHERE relation.id > $after
  WITH from, relation, to, coalesce(relation.dataset, CASE WHEN relation.seedFile IS NOT NULL THEN $curated END) AS dataset
  WHERE $datasets IS NULL OR dataset IN $datasets
  WITH from, relation, to, dataset ORDER BY relation.id LIMIT $first + 1
  RETURN relation.id AS id, type(relation) AS type, from.id AS from, to.id AS to, dataset
  // END EACH
}
RETURN id, type, from, to, dataset ORDER BY id LIMIT $first + 1
