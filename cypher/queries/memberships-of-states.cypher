// One page of the membership spells (MEMBER_OF) of the states $stateIds (in id order), in
// state-id, organisation-id, then first-year order, after the cursor $after (`<state id>
// <organisation id> <first year, 4 digits>`, '' for the first page): $first + 1 rows, each with
// the as-of date of the dataset that states it (`coverageEnd`). Each state's spells are expanded
// from the state; the states before the cursor are not read. Withdrawn relations are left out.
CALL () {
  UNWIND $stateIds AS stateId
  WITH stateId WHERE stateId >= split($after, ' ')[0]
  MATCH (state:State {id: stateId})-[relation:MEMBER_OF]->(organization:Organization)
  WHERE relation.withdrawnAsOf IS NULL
  WITH state, relation, organization,
    state.id + ' ' + organization.id + ' ' + right('0000' + toString(toInteger(relation.firstYear)), 4) AS key
  WHERE key > $after
  WITH state, relation, organization, key
  ORDER BY key
  LIMIT $first + 1
  OPTIONAL MATCH (dataset:Dataset {id: relation.dataset})
  RETURN collect({
    key: key, state: properties(state), organization: properties(organization), coverageEnd: dataset.asOf,
    relation: {id: relation.id, type: type(relation), from: state.id, to: organization.id, properties: properties(relation)}
  }) AS page
}
CALL () {
  UNWIND $stateIds AS stateId
  MATCH (state:State {id: stateId})
  RETURN sum(COUNT { (state)-[relation:MEMBER_OF]->(:Organization) WHERE relation.withdrawnAsOf IS NULL }) AS totalCount
}
RETURN page, totalCount
