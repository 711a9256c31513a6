// The ids of the states in the region $region, in id order (`stateIds`): states LOCATED_IN it
// directly or through its sub-regions (M49 nests region > sub-region > intermediate region, so
// at most four steps from the world). No row when no place has the id. The walk starts at the
// region and follows LOCATED_IN backwards only, so it reads the region's own subtree.
MATCH (region:Place {id: $region})
OPTIONAL MATCH (state:State)-[:LOCATED_IN*1..4]->(region)
WITH DISTINCT region, state
ORDER BY state.id
RETURN region.id AS region, collect(state.id) AS stateIds
