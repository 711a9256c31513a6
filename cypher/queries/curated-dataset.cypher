// The curated documents as one dataset: the Sources, and how many entities, relations and
// evidence passages cite them. The records are found through the full-text indexes over
// evidence sources (entity_evidence, relation_evidence), so the counts read the curated
// citations, never the whole graph. No row when the graph has no curated sources.
MATCH (source:Source)
// Documents editors registered belong to the editors' dataset, not to the curated documents.
WHERE coalesce(source.dataset, $curated) = $curated
WITH source ORDER BY source.id
WITH collect(source {.id, .title, .publisher, .date, .url, .file}) AS sources
// Each source id as one quoted term; Lucene ORs terms by default.
WITH sources, reduce(query = '', source IN sources | query + ' "' + source.id + '"') AS phrase
WHERE size(sources) > 0
CALL (phrase) {
  CALL db.index.fulltext.queryNodes('entity_evidence', phrase) YIELD node
  WITH node WHERE $curated IN coalesce(node.datasets, [])
  RETURN count(node) AS entityCount, sum(size(node.evidenceSources)) AS entityStatements
}
CALL (phrase) {
  CALL db.index.fulltext.queryRelationships('relation_evidence', phrase) YIELD relationship
  WITH relationship WHERE relationship.dataset = $curated
  RETURN count(relationship) AS relationCount, sum(size(relationship.evidenceSources)) AS relationStatements
}
RETURN sources, entityCount, relationCount, entityStatements + relationStatements AS statementCount
