import { readQuery } from '../../cypher/index.js';
import { BadInputError, NotFoundError } from '../database/errors.js';
import type { EntityNode, RelationRecord } from '../entities/graph-records.js';
import { primeEntities } from '../entities/loaders.js';
import type { RequestContext } from '../graphql/context.js';
import { connectionOf } from '../graphql/cursors.js';
import { checkAsOf } from '../graphql/as-of.js';
import { pageArguments, type PageArguments } from './page.js';
import { stateSet, type StateSetArguments } from './state-set.js';
import { participationAsOf } from './statuses.js';

const OF_INSTRUMENT = readQuery('participation-of-instrument');
const OF_STATES = readQuery('participation-of-states');

interface ParticipationArguments extends StateSetArguments, PageArguments {
  instrumentId?: string | null;
  asOf?: string | null;
}

interface ParticipationRow {
  state: EntityNode;
  instrument: EntityNode;
  relation: RelationRecord | null;
  covered: boolean;
  coverageEnd: string | null;
}

const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/** A row as the API shows it: the status as of `asOf`, and the consent and signature facts. */
function participation(row: ParticipationRow, asOf: string | null) {
  const properties = row.relation?.properties ?? {};
  const consentDate = row.relation?.type === 'PARTY_TO' ? text(properties.startDate) : null;
  const signatureDate = row.relation?.type === 'SIGNED' ? text(properties.startDate) : text(properties.signatureDate);
  const { status, lastKnown, asOf: statusDate, datePrecision, certain } = participationAsOf(
    { consentDate, signatureDate, covered: row.covered, coverageEnd: row.coverageEnd },
    asOf,
  );
  return {
    state: row.state,
    instrument: row.instrument,
    status,
    lastKnown,
    asOf: statusDate,
    consentType: row.relation?.type === 'PARTY_TO' ? text(properties.consentType) : null,
    consentDate,
    signatureDate,
    datePrecision,
    certain,
    relation: row.relation,
  };
}

export async function treatyParticipation(_: unknown, args: ParticipationArguments, context: RequestContext) {
  const field = 'treatyParticipation';
  const asOf = checkAsOf(field, args.asOf);
  const page = pageArguments(field, 'participation', args, context);
  if (!args.instrumentId && !args.stateId && !args.stateIds && !args.regionId) {
    throw new BadInputError(`${field}: give an instrumentId, or a stateId, stateIds or a regionId (or an instrumentId and one of those).`);
  }
  const stateIds = await stateSet(field, args, context);
  let rows: ParticipationRow[];
  let totalCount: number;
  if (args.instrumentId) {
    const [row] = await context.runner.read(OF_INSTRUMENT, { instrument: args.instrumentId, stateIds, first: page.first, after: page.key });
    if (!row) throw new NotFoundError('instrument', args.instrumentId);
    const instrument = row.instrument as EntityNode;
    const covered = row.covered as boolean;
    const coverageEnd = row.coverageEnd as string | null;
    rows = (row.page as Omit<ParticipationRow, 'instrument' | 'covered' | 'coverageEnd'>[]).map((item) => ({ ...item, instrument, covered, coverageEnd }));
    totalCount = row.totalCount as number;
  } else {
    const [row] = await context.runner.read(OF_STATES, { stateIds, first: page.first, after: page.key });
    rows = ((row?.page ?? []) as Omit<ParticipationRow, 'covered'>[]).map((item) => ({ ...item, covered: true }));
    totalCount = (row?.totalCount ?? 0) as number;
  }
  primeEntities(context.loaders, rows.flatMap((row) => [row.state, row.instrument]));
  return connectionOf(
    'participation',
    rows,
    { first: page.first, after: page.after, totalCount },
    (row) => ({ node: participation(row, asOf) }),
    (row) => `${row.state.id} ${row.instrument.id}`,
  );
}
