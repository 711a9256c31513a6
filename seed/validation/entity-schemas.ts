import { z } from 'zod';
import {
  ENTITY_KINDS,
  INSTRUMENT_TYPES,
  ORGANIZATION_SCOPES,
  PLACE_TYPES,
  type EntityKind,
} from '../../model/data-model';
import { checkPeriod, evidenceList, isoDate, oneOf, text } from './field-schemas';
import type { EntityCore } from './types';

/** The fields each kind adds to the common ones; they become the record's `properties`. */
const KIND_FIELDS = {
  Organization: { scope: oneOf(ORGANIZATION_SCOPES) },
  State: {
    iso3: z
      .string()
      .regex(/^[A-Z]{3}$/, 'must be an ISO 3166-1 alpha-3 code: three upper-case letters'),
  },
  Person: {},
  Instrument: { instrumentType: oneOf(INSTRUMENT_TYPES) },
  Project: {
    startDate: isoDate.optional(),
    endDate: isoDate.optional(),
    // Each outcome is copied from a cited document; the validator checks that.
    outcomes: z.array(text).optional(),
  },
  Event: { startDate: isoDate.optional(), endDate: isoDate.optional(), eventType: text.optional() },
  Place: { placeType: oneOf(PLACE_TYPES) },
} satisfies Record<EntityKind, z.ZodRawShape>;

const COMMON_FIELDS = {
  id: text,
  kind: oneOf(ENTITY_KINDS),
  name: text,
  aliases: z.array(text).default([]),
  description: text,
  evidence: evidenceList,
  doubt: text.optional(),
};

export const COMMON_ENTITY_FIELD_NAMES: readonly string[] = Object.keys(COMMON_FIELDS);

/** What every entity schema yields; the kind-specific fields ride along under their own names. */
export interface ParsedEntity extends EntityCore {
  doubt?: string | undefined;
  [field: string]: unknown;
}

function entitySchema(kind: EntityKind): z.ZodType<ParsedEntity> {
  return z.strictObject({ ...COMMON_FIELDS, ...KIND_FIELDS[kind] }).superRefine(checkPeriod);
}

export const ENTITY_SCHEMAS: Record<EntityKind, z.ZodType<ParsedEntity>> = {
  Organization: entitySchema('Organization'),
  State: entitySchema('State'),
  Person: entitySchema('Person'),
  Instrument: entitySchema('Instrument'),
  Project: entitySchema('Project'),
  Event: entitySchema('Event'),
  Place: entitySchema('Place'),
};

/** Every field a record of `kind` may have, for the "not a field of" message. */
export function entityFieldNames(kind: EntityKind): string[] {
  return [...COMMON_ENTITY_FIELD_NAMES, ...Object.keys(KIND_FIELDS[kind])];
}
