/** Who is signed in, as the API's `me` says, and what their role lets the explorer offer. */

import { ROLES, roleSatisfies, type Role } from '../../../../model/access.js';

export { ROLES, type Role };

export interface Account {
  id: string;
  name: string;
  role: Role;
}

/** Roles are cumulative (server/auth): a reviewer may also propose, an admin may also review. */
export function hasRole(account: Account | null, required: Role): boolean {
  return account !== null && roleSatisfies(account.role, required);
}

export function roleFromApi(value: string): Role {
  const role = value.toLowerCase();
  if (!(ROLES as readonly string[]).includes(role)) throw new Error(`Unknown role ${value}`);
  return role as Role;
}
