import { readQuery } from '../../cypher/index.js';
import { BadInputError, NotFoundError } from '../database/errors.js';
import type { EntityNode, RelationRecord } from '../entities/graph-records.js';
import { primeEntities } from '../entities/loaders.js';
import type { RequestContext } from '../graphql/context.js';
import { connectionOf } from '../graphql/cursors.js';
import { checkAsOf } from '../graphql/as-of.js';
import { pageArguments, type PageArguments } from './page.js';
import { stateSet, type StateSetArguments } from './state-set.js';
import { membershipAsOf } from './statuses.js';

const OF_ORGANIZATION = readQuery('memberships-of-organization');
const OF_STATES = readQuery('memberships-of-states');

interface MembershipArguments extends StateSetArguments, PageArguments {
  organizationId?: string | null;
  asOf?: string | null;
}

interface MembershipRow {
  key: string;
  state: EntityNode;
  organization: EntityNode;
  relation: RelationRecord | null;
  covered: boolean;
  coverageEnd: string | null;
}

const year = (value: unknown): number | null => (typeof value === 'number' ? value : null);

/** A spell as the API shows it: its facts, and its status as of `asOf`. */
function membership(row: MembershipRow, asOf: string | null) {
  const properties = row.relation?.properties ?? {};
  const firstYear = year(properties.firstYear);
  const lastYear = year(properties.lastYear);
  return {
    state: row.state,
    organization: row.organization,
    ...membershipAsOf({ firstYear, lastYear, covered: row.covered, coverageEnd: row.coverageEnd }, asOf),
    membershipType: typeof properties.membershipType === 'string' ? properties.membershipType : null,
    firstYear,
    lastYear,
    relation: row.relation,
  };
}

async function readRows(args: MembershipArguments, stateIds: string[] | null, page: { first: number; key: string }, context: RequestContext) {
  const parameters = { stateIds, first: page.first, after: page.key };
  if (args.organizationId) {
    const [row] = await context.runner.read(OF_ORGANIZATION, { ...parameters, organization: args.organizationId });
    if (!row) throw new NotFoundError('organization', args.organizationId);
    const { organization, covered, coverageEnd } = row as { organization: EntityNode; covered: boolean; coverageEnd: string | null };
    const rows = (row.page as Omit<MembershipRow, 'organization' | 'covered' | 'coverageEnd'>[]).map((item) => ({
      ...item,
      organization,
      covered,
      coverageEnd,
    }));
    return { rows, totalCount: row.totalCount as number | null };
  }
  const [row] = await context.runner.read(OF_STATES, parameters);
  const rows = ((row?.page ?? []) as Omit<MembershipRow, 'covered'>[]).map((item) => ({ ...item, covered: true }));
  return { rows, totalCount: (row?.totalCount ?? 0) as number };
}

export async function memberships(_: unknown, args: MembershipArguments, context: RequestContext) {
  const field = 'memberships';
  const asOf = checkAsOf(field, args.asOf);
  const page = pageArguments(field, 'membership', args, context);
  if (!args.organizationId && !args.stateId && !args.stateIds && !args.regionId) {
    throw new BadInputError(`${field}: give an organizationId, or a stateId, stateIds or a regionId (or an organizationId and one of those).`);
  }
  const stateIds = await stateSet(field, args, context);
  const { rows, totalCount } = await readRows(args, stateIds, page, context);
  primeEntities(context.loaders, rows.flatMap((row) => [row.state, row.organization]));
  return connectionOf(
    'membership',
    rows,
    { first: page.first, after: page.after, totalCount },
    (row) => ({ node: membership(row, asOf) }),
    (row) => row.key,
  );
}
