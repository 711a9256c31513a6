// One page of a dataset's unresolved values (what its importer could not resolve), in (file,
// locator, field, value) order: the $first + 1 after the first $offset. Read through the index
// on `dataset`: a dataset holds a few dozen.
MATCH (value:UnresolvedValue {dataset: $dataset})
RETURN properties(value) AS value
ORDER BY value.file, value.locator, value.field, value.value
SKIP $offset
LIMIT $first + 1
