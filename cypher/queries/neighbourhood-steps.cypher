// The STEPS and DEGREE of an unfiltered neighbourhood hop (neighbourhood-hop.cypher): every
// relation of `near`, and how many there are (from the degree store).
// STEPS
  MATCH (near)-[step]-(next:Entity)
// DEGREE
  WITH COUNT { (near)--() } AS degree
