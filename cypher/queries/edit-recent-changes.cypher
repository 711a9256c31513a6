// The latest applied changes of one record (RECORD_* audit events), newest first, at most ten:
// what a CONFLICT tells the editor changed since the version they saw. Reads the (subjectId, sequence) index.
MATCH (event:AuditEvent {subjectId: $subjectId})
WHERE event.action IN ['RECORD_CREATED', 'RECORD_UPDATED', 'RECORD_RETRACTED']
RETURN event.action AS action, event.at AS at, event.actorName AS actorName,
       event.beforeJson AS beforeJson, event.afterJson AS afterJson, event.reason AS reason
ORDER BY event.sequence DESC
LIMIT 10
