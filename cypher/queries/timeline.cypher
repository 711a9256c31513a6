// One page of the dated events whose period overlaps [$from, $to], earliest first (by start
// date, then id): the first $first + 1 after the event ($afterStart, $afterId) ('' and '' from
// the start); the extra one tells the API whether there is a next page. Dates are ISO 8601
// prefixes ("2020", "2020-02", "2020-02-20"), so two dates are compared at the precision they
// share: an event of "2020" overlaps the bound "2020-06". Either bound may be null (open).
// The events are read from the start-date index in order from the cursor and at most up to
// $startBound (every start that can be within $to), and the read stops after $first + 1: a page
// reads its own events, plus, with $from, the earlier events that end before it.
MATCH (event:Event)
WHERE event.startDate >= $afterStart AND event.startDate <= $startBound
  AND (event.startDate > $afterStart OR event.id > $afterId)
WITH event, coalesce(event.endDate, event.startDate) AS last
WHERE ($from IS NULL OR left(last, size($from)) >= left($from, size(last)))
  AND ($to IS NULL OR left(event.startDate, size($to)) <= left($to, size(event.startDate)))
WITH event ORDER BY event.startDate, event.id LIMIT $first + 1
RETURN properties(event) AS event
