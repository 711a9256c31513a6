// Every reference dataset (a closed list of four), by id, as property maps: the records the
// reference importers keep (title, licence, counts…).
MATCH (dataset:Dataset)
RETURN properties(dataset) AS dataset
ORDER BY dataset.id
