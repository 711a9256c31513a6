// The editors' dataset record (the datasets query lists it beside the others), created with the
// first accepted edit, and its counts moved by this one ($entities, $relations: +1, 0 or -1).
MERGE (dataset:Dataset {id: $id})
  ON CREATE SET dataset.title = "Editors' accepted edits",
                dataset.publisher = 'Coordinators of the Nexus Graph workspace',
                dataset.coverage = "Actors and relations editors proposed with a verbatim quote of a source (or an editor's note where no document exists yet) and a second person, a reviewer, accepted; each one's history is in the audit trail.",
                dataset.retrieval = 'Entered in the workspace (GraphQL mutations), accepted by a reviewer',
                dataset.entityCount = 0, dataset.relationCount = 0, dataset.statementCount = 0, dataset.unresolvedCount = 0
SET dataset.asOf = substring($now, 0, 10),
    dataset.entityCount = dataset.entityCount + $entities,
    dataset.relationCount = dataset.relationCount + $relations
