// One hop of neighbourhood.cypher: the entities next to the frontier not reached before, read
// lazily so that the walk stops once it has found enough: at most $scanPerHop relations are
// read and $reachPerHop new entities kept, and nothing is read once more than $limit - 1
// entities of the asked-for kinds are kept.
// The walk reads only the relation types it may keep: unfiltered, every relation of the node
// (neighbourhood-steps.cypher); with $walkTypes (`types` narrowed to those the asked-for datasets
// state), each of those types expanded by itself (neighbourhood-steps-typed.cypher), so that on a
// hub only their relations are read. The other filters, $asOf (only relations in force on that
// date) and $datasets (only relations those datasets own), are checked on the relations read,
// after the $scanPerHop cap: they cannot choose what a hub stores, so they must not make a walk
// read the whole hub (a hop cut there says so in `truncated`).
CALL (center, frontier, reached, kept) {
  WITH frontier, reached WHERE size(kept) < $limit
  UNWIND frontier AS near
  // STEPS: the relations of `near` the walk may read, as `step, next` (neighbourhood-query.ts)
  WITH reached, step, next LIMIT $scanPerHop
  WITH reached, step, next
  WHERE ($datasets IS NULL OR step.dataset IN $datasets)
    AND ($asOf IS NULL OR (step.withdrawnAsOf IS NULL
      AND (step.startDate IS NULL OR left(step.startDate, size($asOf)) <= left($asOf, size(step.startDate)))
      AND (step.endDate IS NULL OR left(step.endDate, size($asOf)) > left($asOf, size(step.endDate)))
      AND (step.delistedBy IS NULL OR left(step.delistedBy, size($asOf)) > left($asOf, size(step.delistedBy)))))
  WITH DISTINCT reached, next WHERE NOT next IN reached
  WITH next LIMIT $reachPerHop
  RETURN collect(next) AS found
}
// How many relations the hop could have read (from the degree counts, not the relations).
CALL (frontier) {
  UNWIND frontier AS near
  // DEGREE: how many relations of `near` the walk may read, as `degree` (neighbourhood-query.ts)
  RETURN sum(degree) AS degrees
}
WITH center, found AS frontier, reached + found AS reached, distance + 1 AS distance,
  kept + [node IN found WHERE $kinds IS NULL OR node.kind IN $kinds | {node: node, distance: distance + 1}] AS kept,
  truncated OR size(found) = $reachPerHop OR (degrees > $scanPerHop AND size(kept) < $limit) AS truncated
