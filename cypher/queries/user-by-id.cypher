// The account with this id, as a property map.
MATCH (user:User {id: $id})
RETURN properties(user) AS user
