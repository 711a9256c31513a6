// A source document's text, which every quote citing it must contain verbatim; no row when unknown.
MATCH (source:Source {id: $id})
RETURN source.text AS text
