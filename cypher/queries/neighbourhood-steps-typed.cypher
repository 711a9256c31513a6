// The STEPS and DEGREE of a neighbourhood hop restricted to $walkTypes (neighbourhood-hop.cypher):
// each type expanded by itself, so a hub's other types are never read (Neo4j 5.26's dynamic
// types, `$any(...)`, read every relation of the node and then filter, so they cannot serve), and
// how many relations of those types there are (from the degree store). The EACH blocks are
// expanded per type of the model; a type not in $walkTypes costs nothing.
// STEPS
  CALL (near) {
    // EACH RELATION_TYPE UNION ALL
    WITH near WHERE 'RELATION_TYPE' IN $walkTypes
    MATCH (near)-[step:RELATION_TYPE]-(next:Entity)
    RETURN step, next
    // END EACH
  }
// DEGREE
  CALL (near) {
    // EACH RELATION_TYPE UNION ALL
    WITH near WHERE 'RELATION_TYPE' IN $walkTypes
    RETURN COUNT { (near)-[:RELATION_TYPE]-() } AS degree
    // END EACH
  }
