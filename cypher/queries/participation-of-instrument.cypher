// One page of a treaty's participation, in state-id order: with $stateIds null, every state
// that consented to it or signed it (PARTY_TO, SIGNED); with $stateIds, one row per state of the
// set, its relation to the treaty or null. Rows after the cursor $after (`<state id> <instrument
// id>`, '' for the first page), $first + 1 of them (the extra one says there is a next page).
// The read starts at the treaty (or at each state of the set) and expands that node only.
// `covered`: a dataset records the treaty's participation (it has any PARTY_TO or SIGNED, read
// from the degree store); `coverageEnd`: that dataset's as-of date. No row when no instrument has
// the id. Relations a dataset no longer states (`withdrawnAsOf`) are left out.
MATCH (instrument:Instrument {id: $instrument})
CALL (instrument) {
  WITH instrument WHERE $stateIds IS NULL
  MATCH (instrument)<-[relation:PARTY_TO|SIGNED]-(state:State)
  WHERE relation.withdrawnAsOf IS NULL AND state.id + ' ' + instrument.id > $after
  RETURN state, relation
  UNION ALL
  WITH instrument WHERE $stateIds IS NOT NULL
  UNWIND $stateIds AS stateId
  WITH instrument, stateId WHERE stateId + ' ' + instrument.id > $after
  MATCH (state:State {id: stateId})
  OPTIONAL MATCH (state)-[relation:PARTY_TO|SIGNED]->(instrument)
  WHERE relation.withdrawnAsOf IS NULL
  RETURN state, relation
}
WITH instrument, state, relation
ORDER BY state.id
LIMIT $first + 1
WITH instrument, collect({
  state: properties(state),
  relation: CASE WHEN relation IS NULL THEN null ELSE {
    id: relation.id, type: type(relation), from: state.id, to: instrument.id, properties: properties(relation)
  } END
}) AS page
CALL (instrument) {
  OPTIONAL MATCH (instrument)<-[sample:PARTY_TO|SIGNED]-()
  WITH sample LIMIT 1
  OPTIONAL MATCH (dataset:Dataset {id: sample.dataset})
  RETURN sample IS NOT NULL AS covered, dataset.asOf AS coverageEnd
}
RETURN properties(instrument) AS instrument, page, covered, coverageEnd,
  CASE WHEN $stateIds IS NULL
    THEN COUNT { (instrument)<-[relation:PARTY_TO|SIGNED]-(:State) WHERE relation.withdrawnAsOf IS NULL }
    ELSE size($stateIds)
  END AS totalCount
