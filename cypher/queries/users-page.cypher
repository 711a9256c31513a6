// One page of accounts in login order, after the login `$after` (null: from the start), one
// more than asked for (how the connection knows there is a next page), and how many there are.
// The login index serves both the start (a range seek) and the order; the total is the count store's.
CALL () {
  MATCH (counted:User)
  RETURN count(counted) AS total
}
CALL () {
  MATCH (user:User)
  WHERE user.login > coalesce($after, '')
  WITH user
  ORDER BY user.login
  LIMIT $limit
  RETURN collect(properties(user)) AS users
}
RETURN users, total
