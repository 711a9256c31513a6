// One page of the entries of the sanctions regime $regime (LISTED_UNDER, one per reference
// number), in reference-number order, after the cursor $after (`<reference number> <relation
// id>`, '' for the first page): $first + 1 rows, each with the listed person or entity and its
// nationalities (NATIONAL_OF). Optional filters: $statuses (of 'current', 'delisted') and
// $nationality (a state id). The read starts at the regime and expands its listings only: every
// page reads the regime's listings (a few hundred) and sorts them, so the first page and the
// last cost the same. `totalCount` counts the filtered listings. No row when no instrument has
// the id. Withdrawn relations are left out.
MATCH (regime:Instrument {id: $regime})
CALL (regime) {
  MATCH (regime)<-[listing:LISTED_UNDER]-(party:Entity)
  WHERE listing.withdrawnAsOf IS NULL
    AND ($statuses IS NULL OR listing.listingStatus IN $statuses)
    AND ($nationality IS NULL OR EXISTS {
      (party)-[nationality:NATIONAL_OF]->(:State {id: $nationality}) WHERE nationality.withdrawnAsOf IS NULL
    })
  RETURN listing, party, listing.referenceNumber + ' ' + listing.id AS key
}
WITH regime, collect({listing: listing, party: party, key: key}) AS matches
CALL (regime, matches) {
  UNWIND matches AS match
  WITH match WHERE match.key > $after
  WITH match.listing AS listing, match.party AS party, match.key AS key
  ORDER BY key
  LIMIT $first + 1
  RETURN collect({
    key: key, party: properties(party), regime: properties(regime),
    nationalities: [(party)-[nationality:NATIONAL_OF]->(state:State) WHERE nationality.withdrawnAsOf IS NULL | properties(state)],
    relation: {id: listing.id, type: type(listing), from: party.id, to: regime.id, properties: properties(listing)}
  }) AS page
}
RETURN page, size(matches) AS totalCount
