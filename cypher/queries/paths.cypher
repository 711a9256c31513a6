// The shortest routes between two entities, shortest first, as `fromFound`, `toFound` and
// `routes` (each {nodes, edges}). A route is a distinct sequence of entities, none visited twice:
// between two neighbours only the relation with the lowest element id is walked, so parallel
// relations (ORGANIZED and SPOKE_AT the same event) do not repeat a route, and `edges` then lists
// every relation between each pair of neighbours. $types (null: all) restricts the relations.
// 20 candidates and the longest route are literals because Neo4j 5.26 takes no parameter there:
// paths/resolvers.ts writes the asked-for maxLength (a whole number 1-6, checked) where
// MAX_LENGTH stands, so the search never goes further than asked; $first (1-10) narrows the 20.
OPTIONAL MATCH (start:Entity {id: $fromId})
OPTIONAL MATCH (end:Entity {id: $toId})
CALL (start, end) {
  WITH start, end WHERE start IS NOT NULL AND end IS NOT NULL AND start <> end
  MATCH route = SHORTEST 20 (start) ((left:Entity)-[walked]-(right:Entity)
      WHERE ($types IS NULL OR type(walked) IN $types)
        AND NOT EXISTS {
          MATCH (left)-[parallel]-(right)
          WHERE ($types IS NULL OR type(parallel) IN $types) AND elementId(parallel) < elementId(walked)
        }){1,MAX_LENGTH} (end)
  WITH route, nodes(route) AS members
  WHERE all(index IN range(0, size(members) - 2) WHERE NOT members[index] IN members[index + 1..])
  WITH members ORDER BY size(members), [member IN members | member.name] LIMIT $first
  RETURN collect({
    nodes: [member IN members | properties(member)],
    edges: COLLECT {
      UNWIND range(0, size(members) - 2) AS hop
      WITH hop, members[hop] AS left, members[hop + 1] AS right
      MATCH (left)-[relation]-(right)
      WHERE $types IS NULL OR type(relation) IN $types
      RETURN {
        id: relation.id, type: type(relation), from: startNode(relation).id, to: endNode(relation).id,
        properties: properties(relation)
      } AS edge
      ORDER BY hop, relation.id
    }
  }) AS routes
}
RETURN start IS NOT NULL AS fromFound, end IS NOT NULL AS toFound, routes
