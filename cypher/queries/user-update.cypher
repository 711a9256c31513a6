// Sets some of an account's properties (`$changes`: role, disabled, name) and bumps its version:
// the account before and after, or no row when no account has this id.
MATCH (user:User {id: $id})
WITH user, properties(user) AS before
SET user += $changes, user.version = coalesce(user.version, 0) + 1
RETURN before, properties(user) AS user
