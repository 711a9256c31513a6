// The audit events about one record, oldest first: those whose subject it is and those that name
// it as their related record (a proposal's record, an applied change's proposal), through the two
// (…, sequence) indexes; only the $actions given; a page after sequence $after, one row more than $first.
CALL () {
  MATCH (event:AuditEvent {subjectId: $id}) WHERE event.sequence > $after AND event.action IN $actions
  RETURN event
  UNION
  MATCH (event:AuditEvent {relatedId: $id}) WHERE event.sequence > $after AND event.action IN $actions
  RETURN event
}
RETURN properties(event) AS event
ORDER BY event.sequence
LIMIT $first + 1
