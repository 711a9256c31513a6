// For each subject (an entity or relation id) in $ids: its reference statements, the verbatim
// records the datasets keep, ordered by `key` (dataset, snapshot, locator, statement id, after
// $prefix), the $first + 1 whose key comes after $after; and how many it has in all. Read
// through the index on the statements' subjectId: a subject has a handful.
UNWIND $ids AS id
CALL (id) {
  MATCH (statement:Statement {subjectId: id})
  WITH statement,
       $prefix + statement.dataset + $separator + coalesce(statement.snapshot, '') + $separator + statement.locator
         + $separator + statement.id AS key
  WHERE key > $after
  WITH statement, key ORDER BY key LIMIT $first + 1
  RETURN collect(statement {.*, key: key}) AS page
}
RETURN id, page, COUNT { (:Statement {subjectId: id}) } AS totalCount
