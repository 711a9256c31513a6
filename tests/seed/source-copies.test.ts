import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../seed/validation';

const repositoryRoot = fileURLToPath(new URL('../..', import.meta.url));
// CI clones the repository with shared/ beside it, as on the curators' machines.
const sharedSources = join(repositoryRoot, '..', 'shared', 'sources');
const seedSources = join(repositoryRoot, 'seed', 'sources');
const sharedTexts = readdirSync(sharedSources).filter((name) => name.endsWith('.txt')).sort();

describe('the seed keeps the scraped documents exactly as received', () => {
  it('has a copy of every shared document', () => {
    const copies = readdirSync(seedSources).filter((name) => name.endsWith('.txt')).sort();
    expect(sharedTexts).toHaveLength(5);
    expect(copies).toEqual(sharedTexts);
  });

  it.each(sharedTexts)('%s is byte-identical to the shared original', (name) => {
    const copy = readFileSync(join(seedSources, name));
    const original = readFileSync(join(sharedSources, name));
    expect(copy.equals(original), `${name} differs from ../shared/sources/${name}`).toBe(true);
  });

  it('describes every document with metadata, ids src:000 to src:004 in file order', () => {
    const sources = loadDataset().sources;
    expect(sources.map((source) => [source.id, source.file])).toEqual(
      sharedTexts.map((name, index) => [`src:00${index}`, name]),
    );
  });

  it('links the two captures of the project page to each other', () => {
    const byId = new Map(loadDataset().sources.map((source) => [source.id, source]));
    expect(byId.get('src:001')?.capturesSamePageAs).toBe('src:002');
    expect(byId.get('src:002')?.capturesSamePageAs).toBe('src:001');
  });
});
