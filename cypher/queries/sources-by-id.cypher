// The source documents with the given ids, as property maps.
UNWIND $ids AS id
MATCH (source:Source {id: id})
RETURN properties(source) AS source
