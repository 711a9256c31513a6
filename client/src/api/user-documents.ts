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

export const USERS = operation(
  `query Users { users(first: 200) { totalCount nodes { ${USER_FIELDS} } } }`,
  (data: { users: { totalCount: number; nodes: WireUser[] } }) => ({ totalCount: data.users.totalCount, users: data.users.nodes.map(userFromApi) }),
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
