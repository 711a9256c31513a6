import { roleFromApi, type Role } from '../core/workspace/account.js';
import { operation } from './operation.js';

/** The admins' users page (server/auth): every account, and the changes an admin makes to them. */

export interface UserRecord {
  id: string;
  email: string;
  name: string;
  role: Role;
  disabled: boolean;
  signInMethod: string;
  createdAt: string;
}

type WireUser = Omit<UserRecord, 'role'> & { role: string };
const USER_FIELDS = 'id email name role disabled signInMethod createdAt';
const userFromApi = (user: WireUser): UserRecord => ({ ...user, role: roleFromApi(user.role) });
const roleToApi = (variables: Record<string, unknown>) => ({ ...variables, ...(typeof variables.role === 'string' && { role: variables.role.toUpperCase() }) });

/** The API's largest page of accounts. */
export const USERS_PAGE_SIZE = 100;

export interface UsersPage {
  totalCount: number;
  users: UserRecord[];
  /** Where the next page starts (`after`), or null on the last page. */
  nextCursor: string | null;
}

export const USERS = operation(
  `query Users($after: String) { users(first: ${USERS_PAGE_SIZE}, after: $after) { totalCount nodes { ${USER_FIELDS} } pageInfo { hasNextPage endCursor } } }`,
  (data: { users: { totalCount: number; nodes: WireUser[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } }): UsersPage => ({
    totalCount: data.users.totalCount,
    users: data.users.nodes.map(userFromApi),
    nextCursor: data.users.pageInfo.hasNextPage ? data.users.pageInfo.endCursor : null,
  }),
);

export const CREATE_USER = operation(
  `mutation CreateUser($input: CreateUserInput!) { createUser(input: $input) { ${USER_FIELDS} } }`,
  (data: { createUser: WireUser }) => userFromApi(data.createUser),
  (variables) => ({ input: roleToApi(variables) }),
);

export const SET_USER_ROLE = operation(
  `mutation SetUserRole($id: ID!, $role: Role!) { setUserRole(id: $id, role: $role) { ${USER_FIELDS} } }`,
  (data: { setUserRole: WireUser }) => userFromApi(data.setUserRole),
  roleToApi,
);

export const DISABLE_USER = operation(
  `mutation DisableUser($id: ID!, $reason: String) { disableUser(id: $id, reason: $reason) { ${USER_FIELDS} } }`,
  (data: { disableUser: WireUser }) => userFromApi(data.disableUser),
);
