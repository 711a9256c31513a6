// One page of the sanctions entries (LISTED_UNDER) of the persons who hold the nationality
// $nationality (a state id, NATIONAL_OF), in reference-number order, after the cursor $after
// (`<reference number> <relation id>`, '' for the first page): $first + 1 rows, each with the
// listed person, its regime and its nationalities. Optional filters: $regime (an instrument id)
// and $statuses (of 'current', 'delisted'). The read starts at the state and expands its
// nationals' listings only. `totalCount` counts the filtered entries. No row when no state has
// the id. Withdrawn relations are left out.
MATCH (state:State {id: $nationality})
CALL (state) {
  MATCH (state)<-[nationality:NATIONAL_OF]-(party:Entity)-[listing:LISTED_UNDER]->(regime:Instrument)
  WHERE nationality.withdrawnAsOf IS NULL AND listing.withdrawnAsOf IS NULL
    AND ($regime IS NULL OR regime.id = $regime)
    AND ($statuses IS NULL OR listing.listingStatus IN $statuses)
  RETURN DISTINCT listing, party, regime, listing.referenceNumber + ' ' + listing.id AS key
}
WITH collect({listing: listing, party: party, regime: regime, key: key}) AS matches
CALL (matches) {
  UNWIND matches AS match
  WITH match WHERE match.key > $after
  WITH match.listing AS listing, match.party AS party, match.regime AS regime, match.key AS key
  ORDER BY key
  LIMIT $first + 1
  RETURN collect({
    key: key, party: properties(party), regime: properties(regime),
    nationalities: [(party)-[nationality:NATIONAL_OF]->(other:State) WHERE nationality.withdrawnAsOf IS NULL | properties(other)],
    relation: {id: listing.id, type: type(listing), from: party.id, to: regime.id, properties: properties(listing)}
  }) AS page
}
RETURN page, size(matches) AS totalCount
