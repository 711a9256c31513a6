/** Who is signed in, as the API's `me` says, and what their role lets the explorer offer. */

export const ROLES = ['viewer', 'editor', 'reviewer', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export interface Account {
  id: string;
  name: string;
  role: Role;
}

/** Roles are cumulative (server/auth): a reviewer may also propose, an admin may also review. */
export function hasRole(account: Account | null, required: Role): boolean {
  return account !== null && ROLES.indexOf(account.role) >= ROLES.indexOf(required);
}

export function roleFromApi(value: string): Role {
  const role = value.toLowerCase();
  if (!(ROLES as readonly string[]).includes(role)) throw new Error(`Unknown role ${value}`);
  return role as Role;
}

export const ROLE_LABELS: Record<Role, string> = {
  viewer: 'viewer',
  editor: 'editor',
  reviewer: 'reviewer',
  admin: 'admin',
};
