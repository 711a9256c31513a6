// One page of an organisation's membership spells (MEMBER_OF, one relation per spell), in
// state-id order, then by first year: with $stateIds null, every state with a spell; with
// $stateIds, each state of the set with each of its spells, or one row with no spell. Rows
// after the cursor $after (`<state id> <organisation id> <first year, 4 digits>`, '' for the
// first page), $first + 1 of them. The read starts at the organisation (or at each state of the
// set) and expands that node only. `covered`: a dataset records the organisation's memberships
// (any MEMBER_OF, from the degree store); `coverageEnd`: that dataset's as-of date (COW IGO:
// 2014). No row when no organisation has the id. Withdrawn relations are left out.
MATCH (organization:Organization {id: $organization})
CALL (organization) {
  WITH organization WHERE $stateIds IS NULL
  MATCH (organization)<-[relation:MEMBER_OF]-(state:State)
  WHERE relation.withdrawnAsOf IS NULL
  RETURN state, relation
  UNION ALL
  WITH organization WHERE $stateIds IS NOT NULL
  UNWIND $stateIds AS stateId
  WITH organization, stateId WHERE stateId >= split($after, ' ')[0]
  MATCH (state:State {id: stateId})
  OPTIONAL MATCH (state)-[relation:MEMBER_OF]->(organization)
  WHERE relation.withdrawnAsOf IS NULL
  RETURN state, relation
}
WITH organization, state, relation,
  state.id + ' ' + organization.id + ' ' + right('0000' + toString(toInteger(coalesce(relation.firstYear, 0))), 4) AS key
WHERE key > $after
WITH organization, state, relation, key
ORDER BY key
LIMIT $first + 1
WITH organization, collect({
  key: key,
  state: properties(state),
  relation: CASE WHEN relation IS NULL THEN null ELSE {
    id: relation.id, type: type(relation), from: state.id, to: organization.id, properties: properties(relation)
  } END
}) AS page
CALL (organization) {
  OPTIONAL MATCH (organization)<-[sample:MEMBER_OF]-()
  WITH sample LIMIT 1
  OPTIONAL MATCH (dataset:Dataset {id: sample.dataset})
  RETURN sample IS NOT NULL AS covered, dataset.asOf AS coverageEnd
}
RETURN properties(organization) AS organization, page, covered, coverageEnd,
  CASE WHEN $stateIds IS NULL
    THEN COUNT { (organization)<-[relation:MEMBER_OF]-(:State) WHERE relation.withdrawnAsOf IS NULL }
    ELSE null
  END AS totalCount
