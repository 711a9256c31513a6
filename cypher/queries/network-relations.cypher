// The overview's relations: a page of every relation one of $datasets states (every relation when
// $datasets is null), ordered by the id of the entity it starts from, then by its own id, after
// the relation ($afterFrom, $afterId) (both '' from the start), as {id, type, from, to, dataset}:
// the first $first + 1, the extra one telling the API whether more follow. The read walks the
// entities in the order of the id constraint's index and expands each one's outgoing relations,
// stopping once the page is full: a page costs its size plus the relations of the last entity
// it reached (a state's few dozen). A relation of the seed from before datasets were recorded is
// curated, as Relation.datasets says.
MATCH (from:Entity)
USING INDEX from:Entity(id)
WHERE from.id >= $afterFrom
MATCH (from)-[relation]->(to:Entity)
WHERE from.id > $afterFrom OR relation.id > $afterId
WITH from, relation, to, coalesce(relation.dataset, CASE WHEN relation.seedFile IS NOT NULL THEN $curated END) AS dataset
WHERE $datasets IS NULL OR dataset IN $datasets
WITH from, relation, to, dataset ORDER BY from.id, relation.id LIMIT $first + 1
RETURN relation.id AS id, type(relation) AS type, from.id AS from, to.id AS to, dataset
