import { CURATED_DATASET, DATASET_IDS, type AliasQuality, type DatasetId } from '../../model/data-model.js';
// The reference writer's own naming of its per-dataset properties, so the two cannot drift.
import { NAME_RANK, namesProperty, scriptNamesProperty, weakNamesProperty } from '../../seed/reference/write/ownership.js';

/** One name of an entity and who gives it. */
export interface NameRecord {
  name: string;
  quality: AliasQuality;
  /** BCP 47 language, where the dataset says which (the six UN languages of the country codes). */
  language: string | null;
  /** ISO 15924 script of the name's letters (`Latn`, `Cyrl`, `Arab`, `Hani`…), null for none or a mix. */
  script: string | null;
  originalScript: boolean;
  datasetId: string;
}

const REFERENCE_DATASETS = DATASET_IDS.filter((id) => id !== CURATED_DATASET);

/** The six UN languages as the country codes store a state's names: `nameRu`, `nameFormalRu`. */
const LANGUAGE_SUFFIXES = { ar: 'Ar', zh: 'Zh', en: 'En', es: 'Es', fr: 'Fr', ru: 'Ru' } as const;

const SCRIPTS: [string, RegExp][] = [
  ['Latn', /\p{Script=Latin}/u],
  ['Cyrl', /\p{Script=Cyrillic}/u],
  ['Arab', /\p{Script=Arabic}/u],
  ['Hani', /\p{Script=Han}/u],
  ['Grek', /\p{Script=Greek}/u],
  ['Hebr', /\p{Script=Hebrew}/u],
  ['Deva', /\p{Script=Devanagari}/u],
  ['Geor', /\p{Script=Georgian}/u],
  ['Armn', /\p{Script=Armenian}/u],
];

/** The one script a name's letters are in, read off its characters; null when none or several. */
export function scriptOf(name: string): string | null {
  const found = SCRIPTS.filter(([, pattern]) => pattern.test(name)).map(([code]) => code);
  return found.length === 1 ? found[0]! : null;
}

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];

/** The language a name is in, where the entity's typed UN-language names say so. */
function languageOf(name: string, entity: Record<string, unknown>): string | null {
  for (const [language, suffix] of Object.entries(LANGUAGE_SUFFIXES)) {
    if (entity[`name${suffix}`] === name || entity[`nameFormal${suffix}`] === name) return language;
  }
  return null;
}

/**
 * The dataset that gave the entity its canonical name: the highest-ranked that asserts it (the
 * writer's NAME_RANK; among equals the later in the model's order, which writes last).
 */
function namingDataset(entity: Record<string, unknown>, datasets: readonly string[]): string {
  if (datasets.includes(CURATED_DATASET) || datasets.length === 0) return CURATED_DATASET;
  const ranked = datasets
    .filter((id): id is DatasetId => id in NAME_RANK)
    .sort((a, b) => NAME_RANK[a] - NAME_RANK[b] || DATASET_IDS.indexOf(b) - DATASET_IDS.indexOf(a));
  const rank = typeof entity.nameRank === 'number' ? entity.nameRank : undefined;
  return ranked.find((id) => rank === undefined || NAME_RANK[id] === rank) ?? ranked[0] ?? CURATED_DATASET;
}

function record(name: string, quality: AliasQuality, originalScript: boolean, datasetId: string, entity: Record<string, unknown>): NameRecord {
  return { name, quality, language: languageOf(name, entity), script: scriptOf(name), originalScript, datasetId };
}

/**
 * Every name of an entity, with its quality and dataset: the canonical name first (from the
 * dataset that named the node), then the curated aliases (strong), then each reference
 * dataset's strong names, names in original script and weak names. A spelling two datasets give
 * appears once per dataset.
 */
export function namesOf(entity: Record<string, unknown>): NameRecord[] {
  const datasets = Array.isArray(entity.datasets) ? strings(entity.datasets) : entity.seedFile !== undefined ? [CURATED_DATASET] : [];
  const names: NameRecord[] = [];
  if (typeof entity.name === 'string') names.push(record(entity.name, 'strong', false, namingDataset(entity, datasets), entity));
  for (const alias of strings(entity.aliases)) names.push(record(alias, 'strong', false, CURATED_DATASET, entity));
  for (const dataset of REFERENCE_DATASETS) {
    for (const name of strings(entity[namesProperty(dataset)])) names.push(record(name, 'strong', false, dataset, entity));
    for (const name of strings(entity[scriptNamesProperty(dataset)])) names.push(record(name, 'strong', true, dataset, entity));
    for (const name of strings(entity[weakNamesProperty(dataset)])) {
      const script = scriptOf(name);
      names.push(record(name, 'weak', script !== null && script !== 'Latn', dataset, entity));
    }
  }
  return names;
}

/**
 * `Entity.aliases`: every strong spelling other than the canonical name, curated aliases first,
 * once each, so that an entity only a reference dataset knows (a listed person) still shows its
 * other names where the explorer shows aliases.
 */
export function strongAliasesOf(entity: Record<string, unknown>): string[] {
  const [canonical, ...others] = namesOf(entity);
  const aliases = others.filter((name) => name.quality === 'strong' && name.name !== canonical?.name).map((name) => name.name);
  return [...new Set(aliases)];
}
