import type { EntityKind } from './data-model.js';

/**
 * What an editor may propose. Each proposal is one of these; a reviewer's acceptance applies it.
 * The GraphQL enum `ProposalAction` lists the same values.
 */
export const PROPOSAL_ACTIONS = ['CREATE_ENTITY', 'UPDATE_ENTITY', 'CREATE_RELATION', 'CHANGE_PERIOD', 'RETRACT'] as const;
export type ProposalAction = (typeof PROPOSAL_ACTIONS)[number];

/** Where a proposal stands. Only PROPOSED ones can be accepted, rejected or withdrawn. */
export const PROPOSAL_STATUSES = ['PROPOSED', 'ACCEPTED', 'REJECTED', 'WITHDRAWN'] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];

/** The actors editors create and correct (the others come from documents and datasets only). */
export const EDITABLE_ENTITY_KINDS = ['Organization', 'State', 'Person', 'Event', 'Project'] as const satisfies readonly EntityKind[];
export type EditableEntityKind = (typeof EDITABLE_ENTITY_KINDS)[number];

/** The entity fields an editor may set, common to every kind, then per kind. */
export const EDITABLE_ENTITY_FIELDS = ['name', 'aliases', 'description'] as const;
export const EDITABLE_KIND_FIELDS: Record<EditableEntityKind, readonly string[]> = {
  Organization: ['scope'],
  State: ['iso3'],
  Person: [],
  Event: ['startDate', 'endDate', 'eventType'],
  Project: ['startDate', 'endDate'],
};

/** The relation facts an editor may set (model RELATION_PROPERTIES minus `frequency`, which only REVIEWS carries). */
export const EDITABLE_RELATION_FIELDS = ['startDate', 'endDate', 'title', 'role', 'note'] as const;

/** How the review queue and the history name an editor's note, which stands where no document does yet. */
export const EDITOR_NOTE_LABEL = "editor's note";
