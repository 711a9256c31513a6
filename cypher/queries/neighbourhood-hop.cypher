// One hop of neighbourhood.cypher: the entities next to the frontier not reached before, read
// lazily so that the walk stops once it has found enough: at most $scanPerHop relations are
// examined and $reachPerHop new entities kept, and nothing is read once more than $limit - 1
// entities of the asked-for kinds are kept. With $asOf, only relations in force on that date are
// walked; with $datasets, only relations those datasets state (see neighbourhood.cypher).
CALL (center, frontier, reached, kept) {
  WITH frontier, reached WHERE size(kept) < $limit
  UNWIND frontier AS near
  MATCH (near)-[step]-(next:Entity)
  WHERE ($types IS NULL OR type(step) IN $types)
    AND ($datasets IS NULL OR step.dataset IN $datasets)
    AND ($asOf IS NULL OR (step.withdrawnAsOf IS NULL
      AND (step.startDate IS NULL OR left(step.startDate, size($asOf)) <= left($asOf, size(step.startDate)))
      AND (step.endDate IS NULL OR left(step.endDate, size($asOf)) > left($asOf, size(step.endDate)))
      AND (step.delistedBy IS NULL OR left(step.delistedBy, size($asOf)) > left($asOf, size(step.delistedBy)))))
  WITH reached, next LIMIT $scanPerHop
  WITH DISTINCT reached, next WHERE NOT next IN reached
  WITH next LIMIT $reachPerHop
  RETURN collect(next) AS found
}
CALL (frontier) {
  UNWIND frontier AS near
  RETURN sum(COUNT { (near)--() }) AS degrees
}
WITH center, found AS frontier, reached + found AS reached, distance + 1 AS distance,
  kept + [node IN found WHERE $kinds IS NULL OR node.kind IN $kinds | {node: node, distance: distance + 1}] AS kept,
  truncated OR size(found) = $reachPerHop OR (degrees > $scanPerHop AND size(kept) < $limit) AS truncated
