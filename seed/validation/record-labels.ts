import type { PropertyValue } from './types';

/** How an issue names a record: its id when it has a usable one, else its 0-based position. */
export function recordLabel(raw: Record<string, unknown>, index: number): string {
  return typeof raw.id === 'string' && raw.id.trim() !== '' ? raw.id : `#${index}`;
}

export function isPropertyValue(value: unknown): value is PropertyValue {
  return (
    typeof value === 'string' ||
    typeof value === 'number' ||
    typeof value === 'boolean' ||
    (Array.isArray(value) && value.every((item) => typeof item === 'string'))
  );
}

/** The fields of `parsed` that are not among `commonFields`, leaving out absent optional ones. */
export function collectProperties(
  parsed: Record<string, unknown>,
  commonFields: readonly string[],
): Record<string, PropertyValue> {
  const properties: Record<string, PropertyValue> = {};
  for (const [field, value] of Object.entries(parsed)) {
    if (!commonFields.includes(field) && isPropertyValue(value)) properties[field] = value;
  }
  return properties;
}
