// The account an identity provider vouches for ('issuer|subject'), as a property map.
MATCH (user:User {externalId: $externalId})
RETURN properties(user) AS user
