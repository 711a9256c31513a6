// One page of the treaties the states $stateIds (in id order) consented to or signed (PARTY_TO,
// SIGNED), in state-id then instrument-id order, after the cursor $after (`<state id>
// <instrument id>`, '' for the first page): $first + 1 rows, each with the as-of date of the
// dataset that states it (`coverageEnd`). Each state's relations are expanded from the state;
// the states before the cursor are not read. `totalCount` comes from the same expansion.
// Relations a dataset no longer states (`withdrawnAsOf`) are left out.
CALL () {
  UNWIND $stateIds AS stateId
  WITH stateId WHERE stateId >= split($after, ' ')[0]
  MATCH (state:State {id: stateId})-[relation:PARTY_TO|SIGNED]->(instrument:Instrument)
  WHERE relation.withdrawnAsOf IS NULL AND state.id + ' ' + instrument.id > $after
  WITH state, relation, instrument
  ORDER BY state.id, instrument.id
  LIMIT $first + 1
  OPTIONAL MATCH (dataset:Dataset {id: relation.dataset})
  RETURN collect({
    state: properties(state), instrument: properties(instrument), coverageEnd: dataset.asOf,
    relation: {id: relation.id, type: type(relation), from: state.id, to: instrument.id, properties: properties(relation)}
  }) AS page
}
CALL () {
  UNWIND $stateIds AS stateId
  MATCH (state:State {id: stateId})
  RETURN sum(COUNT { (state)-[relation:PARTY_TO|SIGNED]->(:Instrument) WHERE relation.withdrawnAsOf IS NULL }) AS totalCount
}
RETURN page, totalCount
