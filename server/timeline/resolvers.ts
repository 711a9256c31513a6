import { readQuery } from '../../cypher/index.js';
import { describeDateProblem, endsBeforeItStarts } from '../../seed/validation/iso-dates.js';
import { BadInputError } from '../database/errors.js';
import type { EntityNode } from '../entities/graph-records.js';
import { primeEntities } from '../entities/loaders.js';
import type { RequestContext } from '../graphql/context.js';
import { connectionOf, decodeCursor } from '../graphql/cursors.js';
import { checkRange } from '../graphql/limits.js';

const TIMELINE = readQuery('timeline');

interface TimelineArguments {
  from?: string | null;
  to?: string | null;
  first?: number | null;
  after?: string | null;
}

/** Every start date that can be within `to` sorts at or before `to` followed by the highest character. */
const AFTER_EVERY_DATE = '\uffff';

/** The start date and id an event cursor points after. */
function eventKey(key: string): { startDate: string; id: string } {
  try {
    const [startDate, id] = JSON.parse(key) as unknown[];
    if (typeof startDate === 'string' && typeof id === 'string') return { startDate, id };
  } catch {
    // Falls through to the refusal.
  }
  throw new BadInputError('timeline: "after" is not a cursor this field handed out; pass an endCursor from its pageInfo.');
}

/** A bound must be a date prefix: the query compares strings, so anything else would mislead. */
function checkBound(name: string, value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const problem = describeDateProblem(value);
  if (problem !== undefined) throw new BadInputError(`timeline: ${name}: ${problem}.`);
  return value;
}

export const timelineResolvers = {
  Query: {
    async timeline(_: unknown, args: TimelineArguments, context: RequestContext) {
      const from = checkBound('from', args.from);
      const to = checkBound('to', args.to);
      if (from !== null && to !== null && endsBeforeItStarts(from, to)) {
        throw new BadInputError(`timeline: "to" (${to}) is before "from" (${from}).`);
      }
      const first = checkRange('timeline', 'first', args.first ?? 50, 1, context.limits.maxPageSize);
      const after = args.after ? eventKey(decodeCursor('event', args.after, 'timeline')) : null;
      const rows = await context.runner.read(TIMELINE, {
        from,
        to,
        first,
        afterStart: after?.startDate ?? '',
        afterId: after?.id ?? '',
        startBound: to === null ? AFTER_EVERY_DATE : to + AFTER_EVERY_DATE,
      });
      const events = rows.map((row) => row.event as EntityNode);
      primeEntities(context.loaders, events);
      return connectionOf('event', events, { first, after: args.after ?? null, totalCount: null }, (event) => ({ node: event }), (event) =>
        JSON.stringify([event.startDate, event.id]),
      );
    },
  },
};
