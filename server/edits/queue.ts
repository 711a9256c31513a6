import { readQuery } from '../../cypher/index.js';
import { PROPOSAL_STATUSES, type ProposalStatus } from '../../model/edits.js';
import { BadInputError } from '../database/errors.js';
import type { QueryRunner } from '../database/executor.js';
import { connectionOf, decodeCursor } from '../graphql/cursors.js';
import { checkRange, type Limits } from '../graphql/limits.js';
import { quoteProblem } from './evidence.js';
import { proposalRecord, type ProposalRecord } from './proposal-records.js';
import { notEditableBecause, ownersOf, plain, readSubject, versionOf } from './records.js';

const PROPOSALS_PAGE = readQuery('edit-proposals-page');
const PROPOSALS_COUNT = readQuery('edit-proposals-count');
const OPEN_PROPOSALS = readQuery('edit-open-proposals');
const SOURCE_TEXT = readQuery('edit-source-text');

/** Most record ids one `proposals` query may filter by. */
const MAX_SUBJECT_IDS = 100;

export interface ProposalsArguments {
  statuses?: ProposalStatus[] | null;
  subjectIds?: string[] | null;
  first?: number | null;
  after?: string | null;
}

const KEY_SEPARATOR = '\u0000';

/** The review queue: proposals oldest first, paged by (proposedAt, id). */
export async function proposalsPage(runner: QueryRunner, limits: Limits, args: ProposalsArguments) {
  const first = checkRange('proposals', 'first', args.first ?? 20, 1, limits.maxPageSize);
  const statuses = args.statuses && args.statuses.length > 0 ? [...new Set(args.statuses)] : (['PROPOSED'] as ProposalStatus[]);
  if (statuses.some((status) => !(PROPOSAL_STATUSES as readonly string[]).includes(status))) throw new BadInputError('proposals: unknown status.');
  const subjectIds = args.subjectIds ?? null;
  if (subjectIds && subjectIds.length > MAX_SUBJECT_IDS) throw new BadInputError(`proposals: at most ${MAX_SUBJECT_IDS} subjectIds.`);
  const after = args.after ? decodeCursor('proposal', args.after, 'proposals') : null;
  const [afterAt, afterId] = after ? after.split(KEY_SEPARATOR) : [null, null];
  const [rows, counted] = await Promise.all([
    runner.read(PROPOSALS_PAGE, { statuses, subjectIds, first, afterAt: afterAt ?? null, afterId: afterId ?? null }),
    runner.read(PROPOSALS_COUNT, { statuses, subjectIds }),
  ]);
  const proposals = rows.map((row) => proposalRecord(plain(row.proposal as Record<string, unknown>)));
  const page = { first, after, totalCount: Number(counted[0]?.count ?? 0) };
  return connectionOf('proposal', proposals, page, (proposal: ProposalRecord) => ({ node: proposal }), (proposal) => `${proposal.proposedAt}${KEY_SEPARATOR}${proposal.id}`);
}

/** Whether a record may be edited, the version an edit must name, and how many proposals wait about it. */
export async function editState(runner: QueryRunner, id: string) {
  const subject = await readSubject((query, parameters) => runner.read(query, parameters), id);
  if (!subject) return null;
  const open = await runner.read(OPEN_PROPOSALS, { id });
  const reason = notEditableBecause(subject);
  return {
    id,
    subjectKind: subject.subjectKind,
    version: reason ? null : versionOf(subject),
    owners: ownersOf(subject),
    editable: reason === null,
    notEditableBecause: reason,
    editorNote: (subject.properties.editorNote as string | undefined) ?? null,
    openProposals: Number(open[0]?.count ?? 0),
  };
}

/** Checks a quote against a source's text as proposing will. */
export async function quoteCheck(runner: QueryRunner, sourceId: string, quote: string) {
  const rows = await runner.read(SOURCE_TEXT, { id: sourceId });
  if (rows.length === 0) return { found: false, hint: `No source has the id "${sourceId}".` };
  if (quote === '') return { found: false, hint: 'The quote is empty.' };
  const problem = quoteProblem(sourceId, String(rows[0]!.text), quote);
  return { found: problem === null, hint: problem };
}
