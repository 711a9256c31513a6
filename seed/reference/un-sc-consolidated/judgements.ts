import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { z } from 'zod';
import type { ListEntry } from './entries.js';

const JUDGEMENTS_FILE = fileURLToPath(new URL('./judgements.yaml', import.meta.url));

const REFERENCE = z.string().regex(/^[A-Z]{2}[ie]\.\d{3}$/);
const judgementSchema = z.strictObject({
  left: REFERENCE,
  right: REFERENCE,
  judgement: z.enum(['positive', 'negative']),
  reason: z.string().min(20),
});
export type Judgement = z.infer<typeof judgementSchema>;

export async function loadJudgements(file = JUDGEMENTS_FILE): Promise<Judgement[]> {
  const judgements = z.array(judgementSchema).parse(parse(await readFile(file, 'utf8')));
  const seen = new Set<string>();
  for (const { left, right } of judgements) {
    const key = pairKey(left, right);
    if (left === right || seen.has(key)) throw new Error(`${file}: ${left} / ${right} is judged twice or with itself`);
    seen.add(key);
  }
  return judgements;
}

export function pairKey(left: string, right: string): string {
  return [left, right].sort().join(' / ');
}

/**
 * Groups of reference numbers that positive judgements make one node, keyed by every member;
 * each group sorted, so its first member names the node.
 */
export function identityGroups(judgements: readonly Judgement[]): Map<string, string[]> {
  const parent = new Map<string, string>();
  const root = (reference: string): string => {
    let current = reference;
    while (parent.has(current) && parent.get(current) !== current) current = parent.get(current) as string;
    return current;
  };
  for (const { left, right, judgement } of judgements) {
    if (judgement !== 'positive') continue;
    const [a, b] = [root(left), root(right)].sort() as [string, string];
    parent.set(a, a);
    if (a !== b) parent.set(b, a);
  }
  const members = new Map<string, string[]>();
  for (const reference of parent.keys()) {
    const group = members.get(root(reference)) ?? [];
    group.push(reference);
    members.set(root(reference), group);
  }
  const groups = new Map<string, string[]>();
  for (const group of members.values()) for (const reference of group) groups.set(reference, group.sort());
  return groups;
}

/** Case and spacing do not tell names apart; everything else does (exact match). */
function nameKey(name: string): string {
  return name.toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * Pairs of different reference numbers whose persons share an exact name (the list name or a
 * strong alias: "Low" aliases never count) and a date of birth: each needs a judgement.
 */
export function duplicateCandidates(entries: readonly ListEntry[]): string[] {
  const byKey = new Map<string, Set<string>>();
  for (const entry of entries) {
    if (entry.kind !== 'Person') continue;
    const names = [entry.name, ...entry.names.filter((name) => name.quality === 'strong').map((name) => name.name)];
    for (const name of new Set(names.map(nameKey))) {
      for (const { value } of entry.datesOfBirth) {
        const key = `${name}\u0000${value}`;
        const references = byKey.get(key) ?? new Set<string>();
        references.add(entry.referenceNumber);
        byKey.set(key, references);
      }
    }
  }
  const pairs = new Set<string>();
  for (const references of byKey.values()) {
    const sorted = [...references].sort();
    for (let i = 0; i < sorted.length; i += 1) {
      for (let j = i + 1; j < sorted.length; j += 1) pairs.add(pairKey(sorted[i] as string, sorted[j] as string));
    }
  }
  return [...pairs].sort();
}
