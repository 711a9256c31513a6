// Ends the live session with this token hash (sign-out, or a new sign-in from the same browser):
// its id, its account's id and name, or no row when there was none.
MATCH (session:Session {tokenHash: $tokenHash})
WHERE session.revokedAt IS NULL
SET session.revokedAt = $now
WITH session
OPTIONAL MATCH (user:User {id: session.userId})
RETURN session.id AS id, session.userId AS userId, user.name AS userName
