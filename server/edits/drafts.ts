import { RELATION_TYPE_DEFINITIONS, type EntityKind, type RelationType } from '../../model/data-model.js';
import { EDITABLE_ENTITY_FIELDS, EDITABLE_ENTITY_KINDS, EDITABLE_KIND_FIELDS, EDITABLE_RELATION_FIELDS, type EditableEntityKind } from '../../model/edits.js';
import { describeDateProblem, endsBeforeItStarts } from '../../seed/validation/iso-dates.js';
import { BadInputError } from '../database/errors.js';

/** A field's value as edits carry it: text, a list of text (aliases), or nothing. */
export type FieldValue = string | string[] | null;

/** One field a proposal changes: its value on the version it was made against, and the one proposed. */
export interface Change {
  name: string;
  before: FieldValue;
  after: FieldValue;
}

const MAX_TEXT_LENGTH = 1_000;
const MAX_ALIASES = 50;

function cleanText(field: string, value: unknown, required: boolean): string | null {
  if (value === undefined || value === null) {
    if (required) throw new BadInputError(`${field} is required.`);
    return null;
  }
  const text = String(value).trim();
  if (text === '') {
    if (required) throw new BadInputError(`${field} must not be empty.`);
    return null;
  }
  if (text.length > MAX_TEXT_LENGTH) throw new BadInputError(`${field} is longer than ${MAX_TEXT_LENGTH} characters.`);
  return text;
}

function cleanDate(field: string, value: unknown): string | null {
  const text = cleanText(field, value, false);
  if (text === null) return null;
  const problem = describeDateProblem(text);
  if (problem) throw new BadInputError(`${field}: ${problem}.`);
  return text;
}

function cleanAliases(value: unknown): string[] | null {
  if (value === undefined || value === null) return null;
  const aliases = [...new Set((value as string[]).map((alias) => alias.trim()).filter((alias) => alias !== ''))];
  if (aliases.length > MAX_ALIASES) throw new BadInputError(`aliases: at most ${MAX_ALIASES}.`);
  aliases.forEach((alias) => cleanText('aliases', alias, true));
  return aliases;
}

/** Reads one editable field off an input, validated by what it is (dates, lists, enums, text). */
function cleanField(field: string, value: unknown, required = false): FieldValue {
  if (field === 'aliases') return cleanAliases(value);
  if (field === 'startDate' || field === 'endDate') return cleanDate(field, value);
  if (field === 'iso3') {
    const code = cleanText(field, value, required);
    if (code !== null && !/^[A-Z]{3}$/.test(code)) throw new BadInputError('iso3 must be an ISO 3166-1 alpha-3 code: three upper-case letters.');
    return code;
  }
  return cleanText(field, value, required);
}

/** Refuses a period that ends before it starts (ISO prefixes compared at their common precision). */
export function checkPeriod(startDate: FieldValue, endDate: FieldValue): void {
  if (typeof startDate === 'string' && typeof endDate === 'string' && endsBeforeItStarts(startDate, endDate)) {
    throw new BadInputError(`endDate (${endDate}) is before startDate (${startDate}).`);
  }
}

export function isEditableKind(kind: string): kind is EditableEntityKind {
  return (EDITABLE_ENTITY_KINDS as readonly string[]).includes(kind);
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

/** The changes of a new actor: every field it will have. */
export function newEntityChanges(input: Record<string, unknown>): Change[] {
  const kind = String(input.kind) as EntityKind;
  if (!isEditableKind(kind)) throw new BadInputError(`Editors create ${EDITABLE_ENTITY_KINDS.join(', ')}; a ${kind} comes from the documents and datasets.`);
  const changes: Change[] = [{ name: 'kind', before: null, after: kind }];
  for (const field of [...EDITABLE_ENTITY_FIELDS, ...EDITABLE_KIND_FIELDS[kind]]) {
    const value = cleanField(field, input[field], field === 'name' || field === 'description' || (kind === 'Organization' && field === 'scope') || (kind === 'State' && field === 'iso3'));
    if (value !== null && !(Array.isArray(value) && value.length === 0)) changes.push({ name: field, before: null, after: value });
  }
  const given = Object.keys(input).filter((field) => input[field] !== undefined && input[field] !== null);
  const foreign = given.filter((field) => !['kind', 'evidence', 'reason', ...EDITABLE_ENTITY_FIELDS, ...EDITABLE_KIND_FIELDS[kind]].includes(field));
  if (foreign.length > 0) throw new BadInputError(`A ${kind} has no ${foreign.join(', ')}.`);
  checkPeriod(valueOf(changes, 'startDate'), valueOf(changes, 'endDate'));
  return changes;
}

/** The changes of a correction: only the fields given whose value differs from the record's. */
export function entityUpdateChanges(input: Record<string, unknown>, current: Record<string, unknown>): Change[] {
  const kind = String(current.kind) as EntityKind;
  const fields = [...EDITABLE_ENTITY_FIELDS, ...(isEditableKind(kind) ? EDITABLE_KIND_FIELDS[kind] : [])].filter((field) => field !== 'iso3');
  const foreign = Object.keys(input).filter((field) => input[field] !== undefined && !['id', 'version', 'evidence', 'reason', ...fields].includes(field));
  if (foreign.length > 0) throw new BadInputError(`A ${kind} has no ${foreign.join(', ')} an editor may change.`);
  const changes: Change[] = [];
  for (const field of fields) {
    if (input[field] === undefined) continue;
    const after = cleanField(field, input[field], field === 'name' || field === 'description');
    const before = (current[field] ?? null) as FieldValue;
    if (!sameValue(before, after)) changes.push({ name: field, before, after });
  }
  checkPeriod(merged(changes, current, 'startDate'), merged(changes, current, 'endDate'));
  return changes;
}

/** The changes of a new relation: its type, ends and facts. The ends' kinds must be those the model allows. */
export function newRelationChanges(input: Record<string, unknown>, fromKind: string, toKind: string): Change[] {
  const type = String(input.type) as RelationType;
  const definition = RELATION_TYPE_DEFINITIONS[type];
  if (!definition) throw new BadInputError(`${type} is not a relation type of the model.`);
  if (input.from === input.to) throw new BadInputError('A relation needs two different ends.');
  if (!(definition.from as readonly string[]).includes(fromKind) || !(definition.to as readonly string[]).includes(toKind)) {
    throw new BadInputError(
      `${type} goes from ${definition.from.join('/')} to ${definition.to.join('/')}; ${String(input.from)} is a ${fromKind} and ${String(input.to)} a ${toKind}.`,
    );
  }
  const changes: Change[] = [
    { name: 'type', before: null, after: type },
    { name: 'from', before: null, after: String(input.from) },
    { name: 'to', before: null, after: String(input.to) },
  ];
  for (const field of EDITABLE_RELATION_FIELDS) {
    const value = cleanField(field, input[field]);
    if (value !== null) changes.push({ name: field, before: null, after: value });
  }
  checkPeriod(valueOf(changes, 'startDate'), valueOf(changes, 'endDate'));
  return changes;
}

/** The changes of a new period: startDate and endDate where they differ (null clears one). */
export function periodChanges(input: Record<string, unknown>, current: Record<string, unknown>): Change[] {
  const changes: Change[] = [];
  for (const field of ['startDate', 'endDate']) {
    if (input[field] === undefined) continue;
    const after = cleanField(field, input[field]);
    const before = (current[field] ?? null) as FieldValue;
    if (!sameValue(before, after)) changes.push({ name: field, before, after });
  }
  checkPeriod(merged(changes, current, 'startDate'), merged(changes, current, 'endDate'));
  return changes;
}

function valueOf(changes: readonly Change[], name: string): FieldValue {
  return changes.find((change) => change.name === name)?.after ?? null;
}

function merged(changes: readonly Change[], current: Record<string, unknown>, name: string): FieldValue {
  const change = changes.find((item) => item.name === name);
  return change ? change.after : ((current[name] ?? null) as FieldValue);
}

/** A URL-safe slug of a name, for a new entity's id: "Jane Doe-Smith" → "jane-doe-smith". */
export function slug(name: string): string {
  return (
    name
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'unnamed'
  );
}
