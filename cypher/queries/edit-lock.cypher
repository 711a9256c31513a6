// Every transaction of the workspace that proposes, reviews or applies an edit takes this one
// lock first (Neo4j's write lock on one node, held until commit): edits queue for the few
// milliseconds of their commit, and what a transaction reads after it (a proposal's status, a
// record's version) cannot change before it commits. The compare-and-set of optimistic
// concurrency rests on it.
MERGE (lock:EditLock {id: 'edits'})
SET lock.at = $now
