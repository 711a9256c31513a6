// Stores a new session (its token's hash, never the token).
CREATE (session:Session)
SET session = $session
