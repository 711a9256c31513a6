// Sets the given properties of a relation of type RELATION_TYPE (a null removes one): an accepted
// period change.
MATCH (:Entity)-[relation:RELATION_TYPE {id: $id}]->(:Entity)
SET relation += $set
