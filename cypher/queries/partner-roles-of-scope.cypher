// The partner map of each project (or event) in $scopeIds, one page each: the relations of a
// type in $relationTypes (IMPLEMENTS, FUNDS, …, in role order) that end at the scope or, for a
// project, at its events and phases (events and projects PART_OF it, in up to three steps
// through events and projects only: a state or an office PART_OF a project is not one of its
// parts, and walking through them would reach most of the graph), optionally of
// the actor $actorId only; `page` is the $first + 1 after the first $offset, `totalCount` all
// of them (over the parts read). roles/partner-roles-queries.ts expands the EACH blocks over the partner relation types.
// The walk starts at the scope and goes outwards: role by role, target by target, relations are
// read lazily and the read stops after $offset + $first + 1 (so within a role they come in the
// order the graph stores them); totalCount is read off the degree store.
UNWIND $scopeIds AS scopeId
MATCH (scope:Entity {id: scopeId})
CALL (scope) {
  OPTIONAL MATCH (scope) ((parent)<-[:PART_OF]-(child:Event|Project)){1,3} (part) WHERE scope:Project
  // At most $maxParts parts, nearest first (the walk is breadth-first): a project with thousands
  // of events would otherwise make every page read them all (and sum all their degrees).
  WITH DISTINCT part LIMIT $maxParts
  WITH collect(part) AS parts
  RETURN [scope] + parts AS targets
}
CALL (targets) {
  UNWIND range(0, size($relationTypes) - 1) AS roleIndex
  UNWIND targets AS target
  CALL (roleIndex, target) {
    // EACH RELATION_TYPE UNION ALL
    WITH roleIndex, target WHERE $relationTypes[roleIndex] = 'RELATION_TYPE'
    MATCH (actor:Entity)-[relation:RELATION_TYPE]->(target)
    WHERE $actorId IS NULL OR actor.id = $actorId
    RETURN actor, relation
    // END EACH
  }
  WITH actor, target, relation SKIP $offset LIMIT $first + 1
  RETURN collect({
    actor: properties(actor), target: properties(target),
    relation: {id: relation.id, type: type(relation), from: actor.id, to: target.id, properties: properties(relation)}
  }) AS page
}
CALL (targets) {
  UNWIND targets AS target
  RETURN sum(CASE WHEN $actorId IS NULL THEN 0
    // EACH RELATION_TYPE
    + CASE WHEN 'RELATION_TYPE' IN $relationTypes THEN COUNT { (target)<-[:RELATION_TYPE]-() } ELSE 0 END
    // END EACH
    ELSE COUNT { (actor:Entity {id: $actorId})-[relation]->(target) WHERE type(relation) IN $relationTypes } END) AS totalCount
}
RETURN scopeId, page, totalCount
