// The partner map: every relation of a type in $relationTypes (the types that express a
// partner role: IMPLEMENTS, FUNDS, …), with its actor and target. `scopes` lists the ids the
// role counts for: its target, and the projects the target is PART_OF (in up to three steps),
// so that a project's partners include the organisers and participants of its events.
// $scopeIds (null: all) keeps roles that count for one of those ids; $actorId (null: all)
// keeps one actor's roles.
MATCH (actor:Entity)-[relation]->(target:Entity)
WHERE type(relation) IN $relationTypes AND ($actorId IS NULL OR actor.id = $actorId)
OPTIONAL MATCH (target)-[:PART_OF]->{1,3}(project:Project)
WITH actor, relation, target, [target.id] + collect(DISTINCT project.id) AS scopes
WHERE $scopeIds IS NULL OR any(scope IN scopes WHERE scope IN $scopeIds)
RETURN properties(actor) AS actor, properties(target) AS target, scopes, {
  id: relation.id, type: type(relation), from: actor.id, to: target.id, properties: properties(relation)
} AS relation
ORDER BY actor.name, relation.id
