// The audit events about one record, oldest first: those whose subject it is and those that name
// it as their related record (a proposal's record, an applied change's proposal), through the two
// (…, sequence) indexes; only the $actions given; a page after sequence $after, one row more than $first.
// Each branch reads at most $first + 1 entries of its index, in order (the ORDER BY names the
// index's properties so that the index serves it): a record with a long history costs no more.
CALL () {
  MATCH (event:AuditEvent) WHERE event.subjectId = $id AND event.sequence > $after AND event.action IN $actions
  WITH event ORDER BY event.subjectId, event.sequence LIMIT $first + 1
  RETURN event
  UNION
  MATCH (event:AuditEvent) WHERE event.relatedId = $id AND event.sequence > $after AND event.action IN $actions
  WITH event ORDER BY event.relatedId, event.sequence LIMIT $first + 1
  RETURN event
}
WITH event ORDER BY event.sequence LIMIT $first + 1
RETURN properties(event) AS event
