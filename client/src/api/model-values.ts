import {
  ALIAS_QUALITIES,
  CONSENT_TYPES,
  ENTITY_KINDS,
  graphqlEnumValue,
  INSTRUMENT_TYPES,
  LISTING_STATUSES,
  MEMBERSHIP_TYPES,
  ORGANIZATION_SCOPES,
  PARTNER_ROLES,
  PLACE_TYPES,
  PUBLISHER_TYPES,
} from '../core/model/index.js';

/**
 * The API spells the model's closed lists as GraphQL enum values (`ORGANIZATION`, `DONOR`); the
 * explorer's core, its colours and its URLs use the model's own values (`Organization`, `donor`).
 * These translate at the client's door to the data, so nothing past client/src/api sees the
 * API's spelling.
 */
export interface ModelValues<Value extends string> {
  /** The model's value as the API spells it. */
  toApi(value: Value): string;
  /** The API's value as the model spells it; throws on a value the model does not have. */
  fromApi(value: string): Value;
}

/** An API value the client's model lacks: the server is newer than this page. */
export class UnknownValueError extends Error {
  constructor(list: string, value: string) {
    super(`The API sent ${JSON.stringify(value)}, which is not a ${list} this page knows. Reload the page.`);
    this.name = 'UnknownValueError';
  }
}

export function modelValues<Value extends string>(list: string, values: readonly Value[]): ModelValues<Value> {
  const byApiValue = new Map(values.map((value) => [graphqlEnumValue(value), value]));
  return {
    toApi: (value) => graphqlEnumValue(value),
    fromApi(value) {
      const modelValue = byApiValue.get(value);
      if (modelValue === undefined) throw new UnknownValueError(list, value);
      return modelValue;
    },
  };
}

export const ENTITY_KIND = modelValues('kind of entity', ENTITY_KINDS);
export const PARTNER_ROLE = modelValues('partner role', PARTNER_ROLES);
export const ORGANIZATION_SCOPE = modelValues('scope of organisation', ORGANIZATION_SCOPES);
export const INSTRUMENT_TYPE = modelValues('type of instrument', INSTRUMENT_TYPES);
export const PLACE_TYPE = modelValues('type of place', PLACE_TYPES);
export const PUBLISHER_TYPE = modelValues('type of publisher', PUBLISHER_TYPES);
export const CONSENT_TYPE = modelValues('type of treaty consent', CONSENT_TYPES);
export const MEMBERSHIP_TYPE = modelValues('type of membership', MEMBERSHIP_TYPES);
export const LISTING_STATUS = modelValues('sanctions listing status', LISTING_STATUSES);
export const ALIAS_QUALITY = modelValues('quality of a name', ALIAS_QUALITIES);

/** An optional model value; null and undefined pass through. */
export function optionalFromApi<Value extends string>(values: ModelValues<Value>, value: string | null | undefined): Value | null {
  return value === null || value === undefined ? null : values.fromApi(value);
}
