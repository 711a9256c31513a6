// The relations with the given ids, as {id, type, from, to, properties}; missing ids are absent.
MATCH (from:Entity)-[relation]->(to:Entity)
WHERE relation.id IN $ids
RETURN {
  id: relation.id, type: type(relation), from: from.id, to: to.id, properties: properties(relation)
} AS relation
