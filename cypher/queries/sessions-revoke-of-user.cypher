// Ends every live session of an account (it was disabled): how many there were.
MATCH (session:Session {userId: $userId})
WHERE session.revokedAt IS NULL
SET session.revokedAt = $now
RETURN count(session) AS revoked
