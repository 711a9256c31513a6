// A page of the whole audit trail in sequence order after sequence $after (one row more than
// $first), the hash of the event just before the page (to check the page links to it), and the
// number of events the trail holds (the head's sequence).
OPTIONAL MATCH (head:AuditHead {id: 'audit'})
OPTIONAL MATCH (previous:AuditEvent {sequence: $after})
CALL () {
  MATCH (event:AuditEvent) WHERE event.sequence > $after
  RETURN event ORDER BY event.sequence LIMIT $first + 1
}
RETURN coalesce(head.sequence, 0) AS total, coalesce(previous.hash, '') AS previousHash, collect(properties(event)) AS events
