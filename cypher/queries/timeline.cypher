// The dated events whose period overlaps [$from, $to], earliest first. Dates are ISO 8601
// prefixes ("2020", "2020-02", "2020-02-20"), so two dates are compared at the precision they
// share: an event of "2020" overlaps the bound "2020-06". Either bound may be null (open).
MATCH (event:Event)
WHERE event.startDate IS NOT NULL
WITH event, coalesce(event.endDate, event.startDate) AS last
WHERE ($from IS NULL OR left(last, size($from)) >= left($from, size(last)))
  AND ($to IS NULL OR left(event.startDate, size($to)) <= left($to, size(event.startDate)))
RETURN properties(event) AS event
ORDER BY event.startDate, event.name
