import type { RelationType } from '../model/index.js';

export const LINE_STYLES = ['solid', 'dashed', 'dotted'] as const;
export type LineStyle = (typeof LINE_STYLES)[number];

export const ARROW_SHAPES = ['triangle', 'circle', 'diamond', 'tee', 'square', 'vee', 'chevron', 'triangle-tee', 'triangle-cross'] as const;
export type ArrowShape = (typeof ARROW_SHAPES)[number];

export interface RelationStyle {
  /** Line pattern and arrow head together tell every type apart without colour (a unit test checks). */
  readonly line: LineStyle;
  readonly arrow: ArrowShape;
  /** Dark enough for 3:1 contrast on white (WCAG 1.4.11); related types share a hue. */
  readonly colour: string;
  /** The verb, read from → verb → to: "Canada — funds → the project". */
  readonly verb: string;
}

const PARTNERSHIP = '#0b5394';
const MONEY = '#9a4a00';
const PEOPLE = '#7a3b69';
const EVENTS = '#1d6f8f';
const INSTRUMENTS = '#00664d';
const STRUCTURE = '#4b5563';
const SANCTIONS = '#a4262c';

export const RELATION_STYLES: Record<RelationType, RelationStyle> = {
  IMPLEMENTS: { line: 'solid', arrow: 'triangle', colour: PARTNERSHIP, verb: 'implements' },
  FUNDS: { line: 'dashed', arrow: 'triangle', colour: MONEY, verb: 'funds' },
  COLLABORATES_ON: { line: 'solid', arrow: 'circle', colour: PARTNERSHIP, verb: 'collaborates on' },
  BENEFITS_FROM: { line: 'dotted', arrow: 'triangle', colour: PARTNERSHIP, verb: 'benefits from' },
  SUPPORTS: { line: 'solid', arrow: 'diamond', colour: INSTRUMENTS, verb: 'supports' },
  PART_OF: { line: 'solid', arrow: 'tee', colour: STRUCTURE, verb: 'part of' },
  HOLDS_POSITION: { line: 'dashed', arrow: 'circle', colour: PEOPLE, verb: 'holds a position in' },
  ATTENDED: { line: 'dotted', arrow: 'circle', colour: EVENTS, verb: 'attended' },
  ORGANIZED: { line: 'dashed', arrow: 'diamond', colour: EVENTS, verb: 'organised' },
  SPOKE_AT: { line: 'dotted', arrow: 'diamond', colour: PEOPLE, verb: 'spoke at' },
  HELD_IN: { line: 'dotted', arrow: 'tee', colour: STRUCTURE, verb: 'held in' },
  LOCATED_IN: { line: 'dashed', arrow: 'tee', colour: STRUCTURE, verb: 'located in' },
  SUPPLEMENTS: { line: 'solid', arrow: 'square', colour: INSTRUMENTS, verb: 'supplements' },
  OPERATIONALIZES: { line: 'dashed', arrow: 'square', colour: INSTRUMENTS, verb: 'puts into practice' },
  ADOPTED: { line: 'dotted', arrow: 'square', colour: INSTRUMENTS, verb: 'adopted' },
  DEVELOPED: { line: 'solid', arrow: 'vee', colour: STRUCTURE, verb: 'developed' },
  REVIEWS: { line: 'dashed', arrow: 'vee', colour: STRUCTURE, verb: 'reviews' },
  TARGETS: { line: 'dotted', arrow: 'vee', colour: PARTNERSHIP, verb: 'targets' },
  FRAMES: { line: 'solid', arrow: 'chevron', colour: INSTRUMENTS, verb: 'frames' },
  SIGNED: { line: 'dashed', arrow: 'chevron', colour: INSTRUMENTS, verb: 'signed' },
  PARTY_TO: { line: 'solid', arrow: 'triangle-tee', colour: INSTRUMENTS, verb: 'is party to' },
  MEMBER_OF: { line: 'dashed', arrow: 'triangle-tee', colour: STRUCTURE, verb: 'member of' },
  LISTED_UNDER: { line: 'solid', arrow: 'triangle-cross', colour: SANCTIONS, verb: 'listed under' },
  NATIONAL_OF: { line: 'dotted', arrow: 'triangle-tee', colour: PEOPLE, verb: 'national of' },
  ASSOCIATED_WITH: { line: 'dotted', arrow: 'chevron', colour: SANCTIONS, verb: 'associated with' },
};

/** SVG stroke-dasharray for a line style at a given stroke width (legend icons and SVG export). */
export function dashArray(line: LineStyle, width: number): string | null {
  if (line === 'dashed') return `${width * 4} ${width * 3}`;
  if (line === 'dotted') return `${width} ${width * 2}`;
  return null;
}
