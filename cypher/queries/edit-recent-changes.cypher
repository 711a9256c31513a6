// The latest applied changes of one record (RECORD_* audit events), newest first, at most ten:
// what a CONFLICT tells the editor changed since the version they saw. Reads the (subjectId, sequence) index.
// The index serves the order backwards from the newest (sequence > 0 makes it a range seek), so
// a record with thousands of changes costs ten entries.
MATCH (event:AuditEvent)
WHERE event.subjectId = $subjectId AND event.sequence > 0 AND event.action IN ['RECORD_CREATED', 'RECORD_UPDATED', 'RECORD_RETRACTED']
WITH event ORDER BY event.subjectId DESC, event.sequence DESC LIMIT 10
RETURN event.action AS action, event.at AS at, event.actorName AS actorName,
       event.beforeJson AS beforeJson, event.afterJson AS afterJson, event.reason AS reason
