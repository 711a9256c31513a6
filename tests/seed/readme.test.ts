import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ENTITY_KINDS, RELATION_TYPES } from '../../model/data-model';

const readme = readFileSync(new URL('../../seed/README.md', import.meta.url), 'utf8');
const diagram = /```mermaid\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';

describe('a newcomer reads the seed README', () => {
  it('finds every relation type of the model in the diagram', () => {
    expect(RELATION_TYPES.filter((type) => !diagram.includes(`|${type}|`))).toEqual([]);
  });

  it('finds every kind of the model in the diagram', () => {
    expect(ENTITY_KINDS.filter((kind) => !new RegExp(`\\b${kind}\\b`).test(diagram))).toEqual([]);
  });

  it('is pointed to model/data-model.ts as the single source of truth', () => {
    expect(readme).toContain('model/data-model.ts');
  });
});
