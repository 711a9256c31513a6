// Records that a live session was used: its idle expiry moves on.
MATCH (session:Session {tokenHash: $tokenHash})
WHERE session.revokedAt IS NULL
SET session.lastSeenAt = $now, session.idleExpiresAt = $idleExpiresAt
