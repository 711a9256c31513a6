import { readQuery } from '../../cypher/index.js';
import { describeDateProblem, endsBeforeItStarts } from '../../seed/validation/iso-dates.js';
import { BadInputError } from '../database/errors.js';
import type { EntityNode } from '../entities/graph-records.js';
import { primeEntities } from '../entities/loaders.js';
import type { RequestContext } from '../graphql/context.js';

const TIMELINE = readQuery('timeline');

interface TimelineArguments {
  from?: string | null;
  to?: string | null;
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
      const rows = await context.runner.read(TIMELINE, { from, to });
      const events = rows.map((row) => row.event as EntityNode);
      primeEntities(context.loaders, events);
      return events;
    },
  },
};
