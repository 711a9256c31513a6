import type { RequestContext } from '../graphql/context.js';
import { changedFields } from '../edits/conflicts.js';
import { shownValue } from '../edits/resolvers.js';
import type { StoredAuditEvent } from './audit-log.js';
import { auditLogPage, historyPage } from './history.js';

type PageArguments = { first?: number | null; after?: string | null };

function parse(json: string | null): Record<string, unknown> | null {
  return json === null ? null : (JSON.parse(json) as Record<string, unknown>);
}

export const auditResolvers = {
  Query: {
    history: (_: unknown, args: PageArguments & { id: string }, context: RequestContext) =>
      historyPage(context.runner, context.limits, context.viewer, args.id, args),
    auditLog: (_: unknown, args: PageArguments, context: RequestContext) => auditLogPage(context.runner, context.limits, args),
  },
  AuditEvent: {
    /** Field by field, what the event's before and after snapshots disagree on (the version included). */
    changes(event: StoredAuditEvent) {
      const before = parse(event.beforeJson);
      const after = parse(event.afterJson);
      const names = new Set([...changedFields(before, after), ...(before?.version !== after?.version ? ['version'] : [])]);
      return [...names].sort().map((name) => ({ name, before: shownValue(before?.[name]), after: shownValue(after?.[name]) }));
    },
  },
  AuditLogEntry: {
    event: (event: StoredAuditEvent) => event,
  },
};
