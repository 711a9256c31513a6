import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SEED_DIRECTORY, SeedValidationError, loadDataset, parseDataset } from '../../seed/validation';
import { issuesOf, realSeed, testOrganization, testRelation, withFile, withRecords } from './seed-variants';

describe('the curator saves a broken seed file', () => {
  it('is told the file, line and column of a YAML syntax error', () => {
    const original = realSeed.files.find((file) => file.path === 'relations/structure.yaml')?.content ?? '';
    const brokenLine = original.split('\n').length + 2;
    const files = withFile('relations/structure.yaml', (content) => `${content}\n- type: PART_OF\n  from: [org:uncct\n`);
    const issues = issuesOf(files);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ file: 'relations/structure.yaml', record: '(file)', field: '(yaml)' });
    expect(issues[0]?.reason).toMatch(/^YAML syntax error at line \d+, column \d+: /);
    const reportedLine = Number(/line (\d+)/.exec(issues[0]?.reason ?? '')?.[1]);
    expect(reportedLine).toBeGreaterThanOrEqual(brokenLine);
  });

  it('is told when an entity file is not a list of records', () => {
    expect(issuesOf(withFile('entities/places.yaml', () => 'id: place:astana\nkind: Place\n'))).toContainEqual({
      file: 'entities/places.yaml',
      record: '(file)',
      field: '(yaml)',
      reason: 'must be a YAML list of records ("- id: ...")',
    });
  });

  it('is told when a file lies outside the seed folders', () => {
    expect(issuesOf([...realSeed.files, { path: 'entities/notes.txt', content: '' }])).toEqual([
      {
        file: 'entities/notes.txt',
        record: '(file)',
        field: '(path)',
        reason: 'not a seed file: expected sources/*.yaml, entities/*.yaml or relations/*.yaml',
      },
    ]);
  });

  it('hears about every issue in every file at once, one per line of the message', () => {
    const files = withRecords('entities/organizations.yaml', testOrganization({ kind: 'Company' })).map((file) =>
      file.path === 'relations/events.yaml'
        ? { ...file, content: `${file.content}\n${stringify([testRelation({ type: 'OWNS' })])}` }
        : file,
    );
    let caught: unknown;
    try {
      parseDataset(files, realSeed.sourceTexts);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(SeedValidationError);
    const error = caught as SeedValidationError;
    expect(error.code).toBe('SEED_INVALID');
    expect(error.issues.map((issue) => issue.file)).toEqual(['entities/organizations.yaml', 'relations/events.yaml']);
    expect(error.message.split('\n').slice(1)).toEqual([
      expect.stringMatching(/^entities\/organizations\.yaml › org:test-body › kind: unknown kind "Company"/),
      expect.stringMatching(/^relations\/events\.yaml › OWNS:org:sco->event:project-launch › type: unknown relation type "OWNS"/),
    ]);
  });
});

describe('the curator describes a source document', () => {
  const METADATA = 'sources/000_0dd3024e40b1e95d.yaml';

  it('is refused when the text the metadata names is not beside it', () => {
    const texts = new Map(realSeed.sourceTexts);
    texts.delete('000_0dd3024e40b1e95d.txt');
    // Reported once: the records that cite src:000 are not each reported again.
    expect(issuesOf(realSeed.files, texts)).toEqual([
      { file: METADATA, record: 'src:000', field: 'file', reason: 'no text "000_0dd3024e40b1e95d.txt" beside the metadata' },
    ]);
  });

  it('is refused when a text has no metadata beside it', () => {
    const texts = new Map(realSeed.sourceTexts).set('005_new.txt', 'A sixth document.');
    expect(issuesOf(realSeed.files, texts)).toEqual([
      { file: 'sources/005_new.txt', record: '(file)', field: '(metadata)', reason: 'has no metadata file beside it' },
    ]);
  });

  it('is refused when a listed noise string does not occur in the text', () => {
    const files = withFile(METADATA, (content) => content.replace('  - "Theyand 0.1f&on"', '  - "Theyand 0.2f&on"'));
    expect(issuesOf(files)).toEqual([
      { file: METADATA, record: 'src:000', field: 'noise[6]', reason: '"Theyand 0.2f&on" does not occur in 000_0dd3024e40b1e95d.txt' },
    ]);
  });

  it('is refused when its publisher type or date is not one the model allows', () => {
    const files = withFile(METADATA, (content) =>
      content.replace('publisherType: un-body', 'publisherType: newspaper').replace('date: "2020"', 'date: "2020-00"'),
    );
    expect(issuesOf(files)).toEqual([
      { file: METADATA, record: 'src:000', field: 'publisherType', reason: expect.stringContaining('must be one of "un-body"') },
      { file: METADATA, record: 'src:000', field: 'date', reason: '"2020-00" has month 00, which does not exist' },
    ]);
  });
});

describe('the importer loads the seed directory', () => {
  it('loads the real seed without an issue', () => {
    const dataset = loadDataset();
    expect(dataset.sources).toHaveLength(5);
    expect(dataset.entities.length).toBeGreaterThan(0);
    expect(dataset.relations.length).toBeGreaterThan(0);
  });

  it('refuses a seed directory that lacks one of its folders', () => {
    const empty = mkdtempSync(join(tmpdir(), 'nexus-seed-'));
    try {
      expect(() => loadDataset(empty)).toThrow(/sources\/ › \(folder\) › \(path\): is missing/);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });

  it('refuses a seed directory with a broken file before anything is imported', () => {
    const copy = mkdtempSync(join(tmpdir(), 'nexus-seed-'));
    try {
      cpSync(DEFAULT_SEED_DIRECTORY, copy, { recursive: true });
      writeFileSync(join(copy, 'relations', 'broken.yaml'), stringify([testRelation({ from: 'org:nobody' })]));
      expect(() => loadDataset(copy)).toThrow(
        /relations\/broken\.yaml › ATTENDED:org:nobody->event:project-launch › from: dangling reference/,
      );
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });
});
