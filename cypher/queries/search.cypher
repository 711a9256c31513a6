// Full-text candidates over names, strong and weak aliases and names folded to ASCII (the
// entity_search index; the query boosts each field, search/lucene-query.ts), by score,
// optionally restricted to some kinds (the API re-ranks them, whole-spelling matches first).
CALL db.index.fulltext.queryNodes('entity_search', $query) YIELD node, score
WHERE $kinds IS NULL OR node.kind IN $kinds
RETURN properties(node) AS entity, score
ORDER BY score DESC, node.name
LIMIT $first
