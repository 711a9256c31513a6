import type { Evidence } from '../../core/graph/index.js';

export const PANEL_TABS = ['details', 'questions', 'paths', 'roles', 'matrix', 'sanctions'] as const;
export type PanelTab = (typeof PANEL_TABS)[number];

export const PANEL_TAB_LABELS: Record<PanelTab, string> = {
  details: 'Details',
  questions: 'Questions',
  paths: 'Paths',
  roles: 'Partner roles',
  matrix: 'Matrix',
  sanctions: 'Sanctions',
};

/** What one panel may ask of the others, so that panels never import each other. */
export interface Workbench {
  showTab(tab: PanelTab): void;
  openReader(evidence: Evidence): void;
  findPaths(fromId: string | null, toId?: string | null): void;
  showRoles(entityId: string): void;
  /** The sanctions entries of a regime, a state's listed nationals, or a listed entity's listings. */
  showSanctions(entityId: string): void;
  /** The workspace's tools for a record (history; proposals for editors), or null for a visitor. */
  recordTools?(record: { id: string; name: string; kind: 'entity' | 'relation' }): HTMLElement | null;
}
