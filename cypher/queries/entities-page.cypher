// One page of entities in id order, optionally of some kinds: `totalCount` (all that match) and
// `page`, the first $first + 1 after the id $after (null: from the start); the extra one tells
// the API whether there is a next page.
CALL () {
  MATCH (entity:Entity)
  WHERE $kinds IS NULL OR entity.kind IN $kinds
  RETURN count(entity) AS totalCount
}
CALL () {
  MATCH (entity:Entity)
  WHERE ($kinds IS NULL OR entity.kind IN $kinds) AND ($after IS NULL OR entity.id > $after)
  WITH entity ORDER BY entity.id LIMIT $first + 1
  RETURN collect(properties(entity)) AS page
}
RETURN totalCount, page
