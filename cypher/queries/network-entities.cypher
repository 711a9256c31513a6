// The overview's entities: a page of every entity that one of $datasets asserts (every entity when
// $datasets is null), in id order after the id $after ('' from the start), as {id, name, kind,
// datasets}: the first $first + 1, the extra one telling the API whether more follow. The read
// walks the id constraint's index in order and stops at $first + 1, so a page costs its size
// (plus the entities of other datasets skipped on the way). An entity of the seed from before
// datasets were recorded is curated, as Entity.datasets says.
MATCH (entity:Entity)
USING INDEX entity:Entity(id)
WHERE entity.id > $after
WITH entity, coalesce(entity.datasets, CASE WHEN entity.seedFile IS NOT NULL THEN [$curated] ELSE [] END) AS datasets
WHERE $datasets IS NULL OR any(dataset IN datasets WHERE dataset IN $datasets)
WITH entity, datasets ORDER BY entity.id LIMIT $first + 1
RETURN entity.id AS id, entity.name AS name, entity.kind AS kind, datasets
