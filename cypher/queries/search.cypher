// Full-text hits over names and aliases, best first, optionally restricted to some kinds.
CALL db.index.fulltext.queryNodes('entity_names', $query) YIELD node, score
WHERE $kinds IS NULL OR node.kind IN $kinds
RETURN properties(node) AS entity, score
ORDER BY score DESC, node.name
LIMIT $first
