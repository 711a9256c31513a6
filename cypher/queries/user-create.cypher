// Creates an account unless one already signs in with this login (or this external identity):
// one row with the new account, or none. The unique constraints stop a concurrent twin.
OPTIONAL MATCH (byLogin:User {login: $user.login})
OPTIONAL MATCH (byExternalId:User {externalId: $user.externalId})
WITH byLogin, byExternalId
WHERE byLogin IS NULL AND byExternalId IS NULL
CREATE (user:User)
SET user = $user
RETURN properties(user) AS user
