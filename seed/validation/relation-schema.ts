import { z } from 'zod';
import { RELATION_TYPES } from '../../model/data-model';
import { checkPeriod, evidenceList, isoDate, oneOf, text } from './field-schemas';

/** The optional facts a relation may carry; they become the record's `properties`. */
const PROPERTY_FIELDS = {
  startDate: isoDate.optional(),
  endDate: isoDate.optional(),
  title: text.optional(),
  role: text.optional(),
  frequency: text.optional(),
  note: text.optional(),
};

export const RELATION_PROPERTY_NAMES: readonly string[] = Object.keys(PROPERTY_FIELDS);

const relationFields = z.strictObject({
  id: text.optional(),
  type: oneOf(RELATION_TYPES),
  from: text,
  to: text,
  ...PROPERTY_FIELDS,
  evidence: evidenceList,
  conflict: text.optional(),
  doubt: text.optional(),
});

export const relationSchema = relationFields.superRefine(checkPeriod);

export const RELATION_FIELD_NAMES: readonly string[] = Object.keys(relationFields.shape);
