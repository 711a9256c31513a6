// For each source in $sources ({id, phrase}: `phrase` is the id as a quoted Lucene term), one
// page of the entities citing it as evidence, by name: the $first + 1 after the first $offset.
// They are found through the full-text index over evidence sources (entity_evidence), never by
// reading the graph: a page reads the source's own citations. (Lucene's order among equal
// scores changes from one query to the next, so the page is sorted here, not skipped there.)
UNWIND $sources AS source
CALL (source) {
  CALL db.index.fulltext.queryNodes('entity_evidence', source.phrase) YIELD node
  WITH node ORDER BY node.name, node.id SKIP $offset LIMIT $first + 1
  RETURN collect(properties(node)) AS page
}
RETURN source.id AS id, page
