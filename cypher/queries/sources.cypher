// Every source document, in id order (src:000 first).
MATCH (source:Source)
RETURN properties(source) AS source
ORDER BY source.id
