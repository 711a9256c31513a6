// One page of entities in id order, optionally of some kinds: `totalCount` (all that match, from
// the count store) and `page`, the first $first + 1 after the id $after ('' from the start); the
// extra one tells the API whether there is a next page. Each kind's page is read from its id
// index in id order and stops after $first + 1, so a page costs the same on any graph
// (entities/resolvers.ts expands the EACH blocks over the kinds of the data model).
CALL () {
  WITH 1 AS everyKind WHERE $kinds IS NULL
  MATCH (entity:Entity) WHERE entity.id > $after
  WITH entity ORDER BY entity.id LIMIT $first + 1
  RETURN entity
  UNION ALL
  // EACH ENTITY_KIND UNION ALL
  WITH 1 AS kind WHERE 'ENTITY_KIND' IN $kinds
  MATCH (entity:ENTITY_KIND) WHERE entity.id > $after
  WITH entity ORDER BY entity.id LIMIT $first + 1
  RETURN entity
  // END EACH
}
WITH entity ORDER BY entity.id LIMIT $first + 1
WITH collect(properties(entity)) AS page
RETURN page, CASE WHEN $kinds IS NULL THEN COUNT { (:Entity) } ELSE 0
  // EACH ENTITY_KIND
  + CASE WHEN 'ENTITY_KIND' IN $kinds THEN COUNT { (:ENTITY_KIND) } ELSE 0 END
  // END EACH
  END AS totalCount
