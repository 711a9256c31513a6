import type { EntityRecord } from '../../seed/validation';

/** The simplest search an analyst could run: a case-insensitive match on the name or any alias. */
export function findBySpelling(entities: readonly EntityRecord[], spelling: string): EntityRecord[] {
  const wanted = spelling.toLowerCase();
  return entities.filter((entity) =>
    [entity.name, ...entity.aliases].some((candidate) => candidate.toLowerCase() === wanted),
  );
}
