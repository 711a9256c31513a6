// The retractions of a record, if any (a retracted record is no longer in the graph).
MATCH (retraction:Retraction {subjectId: $subjectId})
RETURN retraction.id AS id
