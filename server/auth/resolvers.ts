import type { RequestContext } from '../graphql/context.js';

export const authResolvers = {
  Query: {
    me: (_: unknown, __: unknown, { viewer }: RequestContext) =>
      viewer ? { id: viewer.userId, name: viewer.name, role: viewer.role.toUpperCase() } : null,
  },
};
