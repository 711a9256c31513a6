// The overview's entities: a page of every entity that one of $datasets asserts (every entity when
// $datasets is null), in id order after the id $after ('' from the start), as {id, name, kind,
// datasets}: the first $first + 1, the extra one telling the API whether more follow. An entity
// of the seed from before datasets were recorded is curated, as Entity.datasets says.
// The read walks the id constraint's index in order through a window of at most $scan entities
// and keeps those of $datasets: a page costs its window, whatever the size of the graph, and a
// layer with few entities in a large graph gives short (even empty) pages, each with where its
// window ended (lastScanned) for the next page to go on from.
MATCH (entity:Entity)
USING INDEX entity:Entity(id)
WHERE entity.id > $after
WITH entity ORDER BY entity.id LIMIT $scan
WITH collect(entity) AS window
WITH window, [entity IN window | {
  entity: entity,
  datasets: coalesce(entity.datasets, CASE WHEN entity.seedFile IS NOT NULL THEN [$curated] ELSE [] END)
}] AS candidates
WITH window, [candidate IN candidates WHERE $datasets IS NULL OR any(dataset IN candidate.datasets WHERE dataset IN $datasets)][0..$first + 1] AS kept
RETURN [candidate IN kept | {id: candidate.entity.id, name: candidate.entity.name, kind: candidate.entity.kind, datasets: candidate.datasets}] AS entities,
       size(window) AS scanned,
       CASE WHEN size(window) = 0 THEN null ELSE window[size(window) - 1].id END AS lastScanned
