import { readQuery } from '../../cypher/index.js';
import { BadInputError, NotFoundError } from '../database/errors.js';
import type { EntityNode, RelationRecord } from '../entities/graph-records.js';
import { primeEntities } from '../entities/loaders.js';
import type { RequestContext } from '../graphql/context.js';
import { connectionOf } from '../graphql/cursors.js';
import { pageArguments, type PageArguments } from './page.js';

const OF_REGIME = readQuery('sanctions-of-regime');
const OF_NATIONALITY = readQuery('sanctions-of-nationality');

interface SanctionsArguments extends PageArguments {
  regimeId?: string | null;
  nationalityId?: string | null;
  /** The model's values (`current`, `delisted`): the enum resolver translated them. */
  statuses?: string[] | null;
}

interface SanctionsRow {
  key: string;
  party: EntityNode;
  regime: EntityNode;
  nationalities: EntityNode[];
  relation: RelationRecord;
}

const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);

function entry(row: SanctionsRow) {
  const properties = row.relation.properties;
  return {
    id: row.relation.id,
    referenceNumber: text(properties.referenceNumber),
    entity: row.party,
    regime: row.regime,
    listedOn: text(properties.startDate),
    listingStatus: text(properties.listingStatus),
    delistedAfter: text(properties.delistedAfter),
    delistedBy: text(properties.delistedBy),
    nationalities: row.nationalities,
    relation: row.relation,
  };
}

/**
 * The entries of a regime, or of the nationals of a state (the smaller start when both are
 * given: a state's listed nationals are a few dozen at most, a regime's entries hundreds).
 */
export async function sanctionsEntries(_: unknown, args: SanctionsArguments, context: RequestContext) {
  const field = 'sanctionsEntries';
  const page = pageArguments(field, 'sanctions-entry', args, context);
  if (!args.regimeId && !args.nationalityId) throw new BadInputError(`${field}: give a regimeId, a nationalityId, or both.`);
  const parameters = {
    regime: args.regimeId ?? null,
    nationality: args.nationalityId ?? null,
    statuses: args.statuses ?? null,
    first: page.first,
    after: page.key,
  };
  const [row] = await context.runner.read(args.nationalityId ? OF_NATIONALITY : OF_REGIME, parameters);
  if (!row) {
    if (args.nationalityId) throw new NotFoundError('state', args.nationalityId);
    throw new NotFoundError('instrument', args.regimeId as string);
  }
  if (args.nationalityId && args.regimeId && !(await context.loaders.entity.load(args.regimeId))) throw new NotFoundError('instrument', args.regimeId);
  const rows = row.page as SanctionsRow[];
  primeEntities(context.loaders, rows.flatMap((item) => [item.party, item.regime, ...item.nationalities]));
  return connectionOf(
    'sanctions-entry',
    rows,
    { first: page.first, after: page.after, totalCount: row.totalCount as number },
    (item) => ({ node: entry(item) }),
    (item) => item.key,
  );
}
