// For each source in $sources ({id, phrase}: `phrase` is the id as a quoted Lucene term), one
// page of the relations citing it as evidence, by id, as {id, type, from, to, properties}: the
// $first + 1 after the first $offset. Found through the full-text index over every relation
// type's evidence sources (relation_evidence): a page reads the source's own citations.
UNWIND $sources AS source
CALL (source) {
  CALL db.index.fulltext.queryRelationships('relation_evidence', source.phrase) YIELD relationship
  WITH relationship ORDER BY relationship.id SKIP $offset LIMIT $first + 1
  RETURN collect({
    id: relationship.id, type: type(relationship), from: startNode(relationship).id, to: endNode(relationship).id,
    properties: properties(relationship)
  }) AS page
}
RETURN source.id AS id, page
