import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as model from '../../model/data-model';
import { ENTITY_KINDS, RELATION_TYPE_DEFINITIONS, RELATION_TYPES, isEntityKind, isRelationType } from '../../model/data-model';

const README = new URL('../../seed/README.md', import.meta.url);
const readme = readFileSync(README, 'utf8');
const diagram = /```mermaid\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
/** The section that says where the model lives, up to its diagram. */
const modelSection = /## The model\n([\s\S]*?)```mermaid/.exec(readme)?.[1] ?? '';

/** The diagram's edges, `Organization -->|IMPLEMENTS| Project`, as [from, type, to]. */
const edges = [...diagram.matchAll(/^\s*(\w+)\s*-->\|(\w+)\|\s*(\w+)\s*$/gm)].map((match) => [match[1]!, match[2]!, match[3]!] as const);

describe('a newcomer reads the seed README', () => {
  it('finds every relation type of the model in the diagram', () => {
    expect(RELATION_TYPES.filter((type) => !diagram.includes(`|${type}|`))).toEqual([]);
  });

  it('finds every kind of the model in the diagram', () => {
    expect(ENTITY_KINDS.filter((kind) => !new RegExp(`\\b${kind}\\b`).test(diagram))).toEqual([]);
  });

  it('sees in the diagram only edges the model allows: a known type between ends its definition accepts', () => {
    expect(edges.length).toBe(diagram.trim().split('\n').length - 1);
    const wrong = edges.filter(([from, type, to]) => {
      if (!isRelationType(type) || !isEntityKind(from) || !isEntityKind(to)) return true;
      const definition = RELATION_TYPE_DEFINITIONS[type];
      return !definition.from.includes(from) || !definition.to.includes(to);
    });
    expect(wrong).toEqual([]);
  });

  it('follows the link to model/data-model.ts, the single source of truth, to a file that is there', () => {
    const link = /\[`model\/data-model\.ts`\]\(([^)]+)\)/.exec(modelSection)?.[1];
    expect(link).toBe('../model/data-model.ts');
    expect(existsSync(fileURLToPath(new URL(link!, README)))).toBe(true);
  });

  it('finds there every list the README names, under that name', () => {
    const named = [...new Set([...modelSection.matchAll(/`([A-Z][A-Z_]+)`/g)].map((match) => match[1]!))];
    expect(named).toEqual(expect.arrayContaining(['ENTITY_KINDS', 'RELATION_TYPE_DEFINITIONS']));
    expect(named.filter((name) => !(name in model))).toEqual([]);
  });
});
