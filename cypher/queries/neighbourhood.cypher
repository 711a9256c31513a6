// The centre, the entities within $depth (1-3) hops of it, nearest first and at most $limit in
// all, and every relation among them (`nodes`, `edges`, `truncated`).
// The walk takes exactly $depth hops: server/neighbourhood/neighbourhood-query.ts puts one copy
// of neighbourhood-hop.cypher per hop at the HOPS line (variable-length bounds cannot be
// parameters). $types restricts the relations walked and returned; $kinds only the entities
// returned (the walk passes through entities of any kind).
// $asOf (an ISO 8601 prefix, or null) keeps only the relations in force on that date, walked and
// returned: started on or before it (an undated relation counts as in force), not ended by it
// (an `endDate` is the first date it no longer holds), not delisted by it (`delistedBy`), and
// still stated by its dataset (no `withdrawnAsOf`). Dates are compared at the precision they
// share, so `asOf: "2015"` keeps a relation started on 2015-06-30.
// $datasets (dataset ids, or null) keeps only the relations those datasets state (a relation has
// one owner, `dataset`), walked and returned: the curated layer alone, or one reference dataset.
// `truncated` is true when the walk stopped early: more than $limit - 1 entities reached, a hop
// cut at $reachPerHop new entities or (maybe) at $scanPerHop relations examined.
MATCH (center:Entity {id: $id})
WITH center, [center] AS frontier, [center] AS reached, [] AS kept, false AS truncated, 0 AS distance
// HOPS
CALL (kept) {
  UNWIND kept AS item
  WITH item ORDER BY item.distance, item.node.name
  RETURN collect(item.node) AS ordered
}
WITH center, ordered[..$limit - 1] AS others, truncated OR size(ordered) > $limit - 1 AS truncated
WITH [center] + others AS members, truncated
// Relations among the members: each member of ordinary degree is expanded (a relation with one
// such end is found from it); between two members of more than $denseDegree relations each, the
// relation ids `<TYPE>:<from>-><to>` are looked up in the per-type id indexes instead, so a
// supernode's relations are never all read.
CALL (members) {
  CALL (members) {
    UNWIND members AS member
    WITH member WHERE COUNT { (member)--() } <= $denseDegree
    MATCH (member)-[relation]-(other:Entity)
    WHERE other IN members AND ($types IS NULL OR type(relation) IN $types)
    RETURN DISTINCT relation
    UNION
    UNWIND [member IN members WHERE COUNT { (member)--() } > $denseDegree] AS dense
    WITH collect(dense) AS denseMembers
    UNWIND denseMembers AS source
    UNWIND denseMembers AS target
    WITH source.id + '->' + target.id AS ends WHERE source <> target
    CALL (ends) {
      // EACH RELATION_TYPE UNION ALL
      // `<TYPE>:<from>-><to>` is a curated id; a reference relation's adds `#<its dataset's key>`.
      MATCH ()-[relation:RELATION_TYPE]->()
      USING INDEX relation:RELATION_TYPE(id)
      WHERE relation.id = 'RELATION_TYPE:' + ends OR relation.id STARTS WITH 'RELATION_TYPE:' + ends + '#'
      RETURN relation
      // END EACH
    }
    WITH relation WHERE $types IS NULL OR type(relation) IN $types
    RETURN relation
  }
  WITH relation
  WHERE ($datasets IS NULL OR relation.dataset IN $datasets)
  AND ($asOf IS NULL OR (relation.withdrawnAsOf IS NULL
    AND (relation.startDate IS NULL OR left(relation.startDate, size($asOf)) <= left($asOf, size(relation.startDate)))
    AND (relation.endDate IS NULL OR left(relation.endDate, size($asOf)) > left($asOf, size(relation.endDate)))
    AND (relation.delistedBy IS NULL OR left(relation.delistedBy, size($asOf)) > left($asOf, size(relation.delistedBy)))))
  RETURN collect({
    id: relation.id, type: type(relation), from: startNode(relation).id, to: endNode(relation).id,
    properties: properties(relation)
  }) AS edges
}
RETURN [member IN members | properties(member)] AS nodes, edges, truncated
