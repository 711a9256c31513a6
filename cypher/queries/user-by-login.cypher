// The account signing in with this folded email (at most one: the login is unique), as a property map.
MATCH (user:User {login: $login})
RETURN properties(user) AS user
