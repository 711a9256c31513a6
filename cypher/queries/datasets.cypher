// The reference datasets with the given ids ($ids null: every one), by id, as property maps: the
// records the reference importers keep (title, licence, counts…).
MATCH (dataset:Dataset)
WHERE $ids IS NULL OR dataset.id IN $ids
RETURN properties(dataset) AS dataset
ORDER BY dataset.id
