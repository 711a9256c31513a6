import type { EntityKind } from '../../model/data-model';

/** Each kind's id prefix; a Record so that adding a kind to the model fails to compile until it has one. */
export const ENTITY_ID_PREFIXES: Record<EntityKind, string> = {
  Organization: 'org:',
  State: 'state:',
  Person: 'person:',
  Instrument: 'instrument:',
  Project: 'project:',
  Event: 'event:',
  Place: 'place:',
};

/** The file under seed/entities/ that holds each kind. */
export const ENTITY_FILE_NAMES: Record<EntityKind, string> = {
  Organization: 'organizations.yaml',
  State: 'states.yaml',
  Person: 'people.yaml',
  Instrument: 'instruments.yaml',
  Project: 'projects.yaml',
  Event: 'events.yaml',
  Place: 'places.yaml',
};

/** States are keyed by ISO 3166-1 alpha-3 so that two spellings of a country can never become two nodes. */
export const STATE_ID = /^state:[A-Z]{3}$/;
