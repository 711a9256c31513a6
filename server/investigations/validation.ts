import { BadInputError } from '../database/errors.js';

export const LIMITS = { name: 120, notes: 10_000, view: 8_000, positions: 2_000, id: 200 } as const;

export interface PositionInput {
  id: string;
  x: number;
  y: number;
}

export interface SaveInput {
  id?: string | null;
  version?: number | null;
  name: string;
  notes?: string | null;
  view: string;
  positions?: PositionInput[] | null;
}

/** What is stored: positions as three parallel lists (Neo4j properties hold no maps). */
export interface InvestigationContent {
  name: string;
  notes: string;
  view: string;
  positionIds: string[];
  positionXs: number[];
  positionYs: number[];
}

/** Checks a save's content and puts it in the stored shape; every refusal says which field and why. */
export function investigationContent(input: SaveInput): InvestigationContent {
  const name = input.name.trim();
  if (name.length === 0 || name.length > LIMITS.name) throw new BadInputError(`saveInvestigation: name must be 1 to ${LIMITS.name} characters.`);
  const notes = input.notes ?? '';
  if (notes.length > LIMITS.notes) throw new BadInputError(`saveInvestigation: notes must be at most ${LIMITS.notes} characters.`);
  const view = input.view.replace(/^\?/, '');
  if (view.length > LIMITS.view) throw new BadInputError(`saveInvestigation: view must be at most ${LIMITS.view} characters.`);
  if (/[#\s]/.test(view)) throw new BadInputError('saveInvestigation: view is the query string of an explorer link (no spaces, no "#").');
  const positions = input.positions ?? [];
  if (positions.length > LIMITS.positions) throw new BadInputError(`saveInvestigation: at most ${LIMITS.positions} positions.`);
  for (const position of positions) {
    if (position.id.length === 0 || position.id.length > LIMITS.id) throw new BadInputError('saveInvestigation: a position names no node, or one too long.');
    if (!Number.isFinite(position.x) || !Number.isFinite(position.y)) throw new BadInputError(`saveInvestigation: the position of ${position.id} is not a finite point.`);
  }
  return {
    name,
    notes,
    view,
    positionIds: positions.map((position) => position.id),
    positionXs: positions.map((position) => position.x),
    positionYs: positions.map((position) => position.y),
  };
}

/** Emails are compared as users sign in with them: trimmed, lower-case. */
export function loginOf(email: string): string {
  return email.trim().toLowerCase();
}
