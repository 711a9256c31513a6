// A page of the whole audit trail in sequence order after sequence $after (one row more than
// $first), the hash of the event just before the page (to check the page links to it), and the
// number of events the trail holds (the head's sequence). Always one row.
OPTIONAL MATCH (head:AuditHead {id: 'audit'})
OPTIONAL MATCH (previous:AuditEvent {sequence: $after})
CALL () {
  MATCH (event:AuditEvent) WHERE event.sequence > $after
  WITH event ORDER BY event.sequence LIMIT $first + 1
  RETURN collect(properties(event)) AS events
}
RETURN coalesce(head.sequence, 0) AS total, coalesce(previous.hash, '') AS previousHash, events
