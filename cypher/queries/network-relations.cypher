// The overview's relations: a page of every relation one of $datasets states (every relation when
// $datasets is null), ordered by the id of the entity it starts from, then by its own id, after
// the relation ($afterFrom, $afterId) (both '' from the start), as {id, type, from, to, dataset}:
// the first $first + 1, the extra one telling the API whether more follow. A relation of the seed
// from before datasets were recorded is curated, as Relation.datasets says.
// The read walks a window of at most $scan entities in the order of the id constraint's index and
// expands each one's outgoing relations, stopping once the page is full: a page costs its window
// and the relations of the entities it expands (all of a supernode's, to order them by id). A
// layer with few relations gives short pages, each with where its window ended (lastScanned).
MATCH (from:Entity)
USING INDEX from:Entity(id)
WHERE from.id >= $afterFrom
WITH from ORDER BY from.id LIMIT $scan
WITH collect(from) AS window
CALL (window) {
  UNWIND window AS from
  MATCH (from)-[relation]->(to:Entity)
  WHERE from.id > $afterFrom OR relation.id > $afterId
  WITH from, relation, to, coalesce(relation.dataset, CASE WHEN relation.seedFile IS NOT NULL THEN $curated END) AS dataset
  WHERE $datasets IS NULL OR dataset IN $datasets
  WITH from, relation, to, dataset ORDER BY from.id, relation.id LIMIT $first + 1
  RETURN collect({id: relation.id, type: type(relation), from: from.id, to: to.id, dataset: dataset}) AS relations
}
RETURN relations,
       size(window) AS scanned,
       CASE WHEN size(window) = 0 THEN null ELSE window[size(window) - 1].id END AS lastScanned
