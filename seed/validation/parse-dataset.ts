import { checkAmbiguousSpellings, checkNoise } from './check-names';
import { checkEvidence } from './check-evidence';
import { checkDuplicateIds } from './check-identities';
import { checkRelationEnds, checkSamePageReferences } from './check-references';
import { readEntities } from './read-entities';
import { readRelations } from './read-relations';
import { readSource, type SourceBookkeeping } from './read-sources';
import { SeedValidationError, type SeedIssue } from './seed-issues';
import type { Dataset, EntityRecord, RelationRecord, SeedFile, SourceDocument } from './types';
import { parseYamlList } from './yaml-files';

type SeedFolder = 'sources' | 'entities' | 'relations';

/** Which part of the seed a file belongs to, from its folder ("entities/people.yaml" → entities). */
function seedFolder(path: string): SeedFolder | undefined {
  const segments = path.replaceAll('\\', '/').split('/');
  const folder = segments.at(-2);
  const isYaml = /\.ya?ml$/.test(segments.at(-1) ?? '');
  if (!isYaml) return undefined;
  return folder === 'sources' || folder === 'entities' || folder === 'relations' ? folder : undefined;
}

/**
 * Validates seed files given in memory (paths relative to the seed directory) and returns the dataset.
 * `sourceTexts` maps each scraped .txt file name to its text. Throws one SeedValidationError listing
 * every issue, so nothing half-checked ever reaches the database.
 */
export function parseDataset(files: readonly SeedFile[], sourceTexts: ReadonlyMap<string, string>): Dataset {
  const issues: SeedIssue[] = [];
  const sources: SourceDocument[] = [];
  const sourceFiles = new Map<string, string>();
  const entities: EntityRecord[] = [];
  const relations: RelationRecord[] = [];
  // Records that could not be read are reported once, not again by every record that cites them.
  const sourceBookkeeping: SourceBookkeeping = { rejectedIds: new Set(), describedTexts: new Set() };
  const rejectedEntityIds = new Set<string>();

  for (const { path, content } of files) {
    switch (seedFolder(path)) {
      case 'sources': {
        const source = readSource(path, content, sourceTexts, issues, sourceBookkeeping);
        if (source !== undefined) {
          sources.push(source);
          if (!sourceFiles.has(source.id)) sourceFiles.set(source.id, path);
        }
        break;
      }
      case 'entities':
        entities.push(...readEntities(path, parseYamlList(path, content, issues), issues, rejectedEntityIds));
        break;
      case 'relations':
        relations.push(...readRelations(path, parseYamlList(path, content, issues), issues));
        break;
      default:
        issues.push({
          file: path,
          record: '(file)',
          field: '(path)',
          reason: 'not a seed file: expected sources/*.yaml, entities/*.yaml or relations/*.yaml',
        });
    }
  }

  for (const name of sourceTexts.keys()) {
    if (!sourceBookkeeping.describedTexts.has(name)) {
      issues.push({ file: `sources/${name}`, record: '(file)', field: '(metadata)', reason: 'has no metadata file beside it' });
    }
  }
  checkDuplicateIds(sources.map((source) => ({ id: source.id, file: sourceFiles.get(source.id) ?? source.file })), issues);
  checkDuplicateIds(entities, issues);
  checkDuplicateIds(relations, issues, '; give each relation of the same type between the same ends its own id');
  checkSamePageReferences(sources, sourceFiles, issues);

  const sourcesById = new Map(sources.map((source) => [source.id, source]));
  const entitiesById = new Map(entities.map((entity) => [entity.id, entity]));
  checkEvidence(entities, sourcesById, sourceBookkeeping.rejectedIds, issues);
  checkEvidence(relations, sourcesById, sourceBookkeeping.rejectedIds, issues);
  checkRelationEnds(relations, entitiesById, rejectedEntityIds, issues);
  checkNoise(entities, relations, sources, issues);
  checkAmbiguousSpellings(entities, issues);

  if (issues.length > 0) throw new SeedValidationError(issues);
  return { sources, entities, relations };
}
