import { randomBytes } from 'node:crypto';
import neo4j from 'neo4j-driver';
import { readQuery } from '../../cypher/index.js';
import { EDITORS_DATASET_ID, PUBLISHER_TYPES } from '../../model/data-model.js';
import { describeDateProblem } from '../../seed/validation/iso-dates.js';
import { appendAuditEvent } from '../audit/audit-log.js';
import { BadInputError } from '../database/errors.js';
import type { QueryRunner } from '../database/executor.js';
import type { SourceNode } from '../entities/graph-records.js';
import { lockEdits, type Acting } from './proposals.js';

const CREATE_SOURCE = readQuery('edit-create-source');

export interface RegisterSourceInput {
  url: string;
  title: string;
  publisher: string;
  publisherType?: string | null;
  date?: string | null;
  text: string;
}

/** Longest text a registered document may have (the request body's limit comes first). */
const MAX_SOURCE_TEXT = 90_000;

/** Source ids editors register: `src:ed-` and 8 hex digits (the seed's own are `src:000`…; seed/validation accepts both). */
export function newSourceId(): string {
  return `src:ed-${randomBytes(4).toString('hex')}`;
}

function required(field: string, value: string | undefined | null): string {
  const text = value?.trim() ?? '';
  if (text === '') throw new BadInputError(`${field} is required.`);
  if (text.length > 500) throw new BadInputError(`${field} is longer than 500 characters.`);
  return text;
}

/** Validates a registration: an http(s) URL, a title, a publisher, an ISO date prefix, and the text itself. */
export function sourceProperties(input: RegisterSourceInput, acting: Acting, now: string): Record<string, unknown> {
  const url = required('url', input.url);
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new BadInputError('url: not a URL; give the address where the document is published (https://…).');
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') throw new BadInputError('url: only http and https addresses.');
  const date = input.date?.trim() || null;
  const problem = date ? describeDateProblem(date) : undefined;
  if (problem) throw new BadInputError(`date: ${problem}.`);
  const publisherType = input.publisherType ?? 'other';
  if (!(PUBLISHER_TYPES as readonly string[]).includes(publisherType)) throw new BadInputError(`publisherType: one of ${PUBLISHER_TYPES.join(', ')}.`);
  if (!input.text || input.text.trim() === '') throw new BadInputError('text: paste the document\'s text, so that quotes from it can be checked.');
  if (input.text.length > MAX_SOURCE_TEXT) throw new BadInputError(`text is longer than ${MAX_SOURCE_TEXT} characters.`);
  return {
    id: newSourceId(),
    dataset: EDITORS_DATASET_ID,
    url,
    title: required('title', input.title),
    publisher: required('publisher', input.publisher),
    publisherType,
    ...(date && { date }),
    // Kept byte for byte: quotes are compared with it as they are.
    text: input.text,
    version: neo4j.int(1),
    createdBy: acting.viewer.userId,
    createdAt: now,
  };
}

/** Registers a document (audited SOURCE_REGISTERED in the same transaction); the editors' dataset owns it. */
export function registerSource(runner: QueryRunner, acting: Acting, input: RegisterSourceInput): Promise<SourceNode> {
  return runner.write(async (transaction) => {
    const now = new Date().toISOString();
    const properties = sourceProperties(input, acting, now);
    await lockEdits(transaction, now);
    await transaction.run(CREATE_SOURCE, { properties });
    const { text, version: _version, ...described } = properties;
    await appendAuditEvent(transaction, {
      action: 'SOURCE_REGISTERED',
      actor: { userId: acting.viewer.userId, name: acting.viewer.name },
      subjectKind: 'SOURCE',
      subjectId: String(properties.id),
      after: { ...(described as Record<string, string>), textLength: String(text).length },
      origin: acting.origin,
    });
    return { ...properties, version: 1 } as unknown as SourceNode;
  });
}
