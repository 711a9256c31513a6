/** A saved investigation as the explorer uses it (server/investigations). */

export type InvestigationAccess = 'owner' | 'edit' | 'read';

export interface NodePosition {
  id: string;
  x: number;
  y: number;
}

export interface Investigation {
  id: string;
  name: string;
  notes: string;
  owner: { id: string; name: string };
  access: InvestigationAccess;
  /** The view's link query string, as core/view/url.ts encodes it. */
  view: string;
  positions: NodePosition[];
  sharedWith: { user: { id: string; name: string }; access: InvestigationAccess }[];
  version: number;
  updatedAt: string;
}

/** The URL parameter of a shared link to an investigation: `/?investigation=inv:…`. */
export const INVESTIGATION_PARAMETER = 'investigation';

export function investigationIdOf(search: string): string | null {
  const id = new URLSearchParams(search).get(INVESTIGATION_PARAMETER);
  return id && /^inv:[0-9a-f-]{36}$/.test(id) ? id : null;
}

export function investigationLink(origin: string, id: string): string {
  return `${origin}/?${INVESTIGATION_PARAMETER}=${encodeURIComponent(id)}`;
}

/** Whether the user may save over it (the owner, or shared to edit). */
export function canSaveOver(investigation: Investigation): boolean {
  return investigation.access === 'owner' || investigation.access === 'edit';
}
