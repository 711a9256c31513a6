// Creates an entity editors proposed and a reviewer accepted: an :Entity with its kind's label
// (KIND_LABEL, from the model's whitelist) and the given properties (owner, version, evidence).
CREATE (entity:Entity)
SET entity = $properties
SET entity:KIND_LABEL
