import type { RelationSummary } from '../../core/graph/index.js';
import { RELATION_STYLES } from '../../core/legend/index.js';
import { RELATION_PROPERTIES, RELATION_TYPE_DEFINITIONS } from '../../core/model/index.js';
import { formatIsoPrefix, relationAsOf, type AsOfStatus } from '../../core/timeline/index.js';
import { h } from '../dom/element.js';
import { relationSwatch } from '../dom/swatch.js';
import type { Explorer } from '../explorer/explorer.js';
import type { Workbench } from '../panels/workbench.js';
import { readableDefinition, referenceFactLines } from '../../core/provenance/index.js';
import { factList, notice } from './fields.js';

const DATE_PROPERTY = /date$/i;

const AS_OF_WORDS: Record<AsOfStatus, string> = {
  IN_FORCE: 'in force',
  NOT_YET: 'not yet in force (hidden)',
  ENDED: 'ended (hidden)',
  UNCERTAIN: 'uncertain (drawn faded)',
};

/**
 * A link: the sentence it states, what that type of link means, its facts (a reference link's
 * typed facts in words), any conflict, and who states it on what record (`provenance`).
 */
export function relationView(relation: RelationSummary, explorer: Explorer, workbench: Workbench, provenance: HTMLElement): HTMLElement {
  const style = RELATION_STYLES[relation.type];
  const end = (id: string) => h('button', { type: 'button', class: 'link-button', onclick: () => void explorer.reveal([id], id) }, explorer.nameOf(id));
  const referenceFacts = referenceFactLines(relation);
  // A reference link's dates are read into its facts ("accession on 8 Dec 2017", "full member, 1992–2014").
  const covered = referenceFacts.length ? new Set<string>(['startDate', 'endDate']) : new Set<string>();
  const properties = RELATION_PROPERTIES.flatMap((name): [string, string][] => {
    const value = relation[name];
    return value && !covered.has(name) ? [[humanise(name), DATE_PROPERTY.test(name) ? formatIsoPrefix(value) : value]] : [];
  });
  return h(
    'article',
    { class: 'details-relation' },
    h('header', { class: 'details-header' }, h('h2', {}, relationSwatch(relation.type), ' ', end(relation.from.id), ` ${style.verb} `, end(relation.to.id)), h('p', { class: 'details-kind' }, relation.type, ' · ', h('code', {}, relation.id))),
    h('p', { class: 'description' }, readableDefinition(RELATION_TYPE_DEFINITIONS[relation.type].description)),
    relation.conflict ? notice('conflict', 'The sources disagree:', relation.conflict) : null,
    relation.conflict ? competingClaims(relation, explorer) : null,
    relation.doubt ? notice('doubt', 'The sources are unclear:', relation.doubt) : null,
    factList([...asOfFact(relation, explorer.state.asOf), ...referenceFacts, ...properties]),
    provenance,
  );
}

/** With the graph shown as of a date: whether the link held then, and why the data says so. */
function asOfFact(relation: RelationSummary, asOf: string | null): [string, string][] {
  if (!asOf) return [];
  const verdict = relationAsOf(relation, asOf);
  return [[`As of ${formatIsoPrefix(asOf)}`, `${AS_OF_WORDS[verdict.status]}${verdict.reason ? `: ${verdict.reason}` : ''}`]];
}

function humanise(name: string): string {
  const words = name.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * The other claims of the same dispute (UNDP, UNCCT and UNODC each said to have organised the
 * presentation): links of the same type to the same target that record a conflict too.
 */
function competingClaims(relation: RelationSummary, explorer: Explorer): HTMLElement | null {
  const rivals = explorer.store
    .relationsOf(relation.to.id)
    .filter((other) => other.id !== relation.id && other.type === relation.type && other.to.id === relation.to.id && other.conflict);
  if (rivals.length === 0) return null;
  const verb = RELATION_STYLES[relation.type].verb;
  return h(
    'div',
    { class: 'competing-claims' },
    h('p', {}, 'The competing claims:'),
    h(
      'ul',
      { class: 'links-list' },
      rivals.map((other) =>
        h(
          'li',
          {},
          relationSwatch(other.type, 26, 12),
          h('button', { type: 'button', class: 'link-button', onclick: () => void explorer.reveal([other.from.id], other.id) }, `${explorer.nameOf(other.from.id)} ${verb} it`),
          h('span', { class: 'badge badge-conflict' }, 'disputed'),
        ),
      ),
    ),
  );
}
