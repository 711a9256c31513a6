// One page of accounts in login order, after the login `$after` (null: from the start), one
// more than asked for (how the connection knows there is a next page), and how many there are.
CALL () {
  MATCH (counted:User)
  RETURN count(counted) AS total
}
CALL () {
  MATCH (user:User)
  WHERE $after IS NULL OR user.login > $after
  WITH user
  ORDER BY user.login
  LIMIT $limit
  RETURN collect(properties(user)) AS users
}
RETURN users, total
