// The session with this token hash and its account (null if the account is gone), as property maps.
MATCH (session:Session {tokenHash: $tokenHash})
OPTIONAL MATCH (user:User {id: session.userId})
RETURN properties(session) AS session, properties(user) AS user
