import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../seed/validation';

const dataset = loadDataset();
const textOf = new Map(dataset.sources.map((source) => [source.id, source.text]));
const records = [...dataset.entities, ...dataset.relations];

describe('every fact is traceable to a passage of a document', () => {
  it.each(records.map((record) => [`${record.file} › ${record.id}`, record] as const))(
    '%s quotes its sources byte for byte',
    (_label, record) => {
      expect(record.evidence.length, `${record.id} has no evidence`).toBeGreaterThan(0);
      record.evidence.forEach((evidence, index) => {
        const text = textOf.get(evidence.source);
        expect(text, `${record.file} › ${record.id} › evidence[${index}] cites unknown ${evidence.source}`).toBeDefined();
        expect(
          text?.includes(evidence.quote),
          `${record.file} › ${record.id} › evidence[${index}]: not found verbatim in ${evidence.source}: ${evidence.quote}`,
        ).toBe(true);
      });
    },
  );

  it('cites both captures of the project page wherever a quoted passage is in both', () => {
    const [first, second] = ['src:001', 'src:002'].map((id) => textOf.get(id) ?? '');
    const missing = records.flatMap((record) => {
      const cited = new Set(record.evidence.map((evidence) => evidence.source));
      return record.evidence
        .filter((evidence) => evidence.source === 'src:001' || evidence.source === 'src:002')
        .filter((evidence) => first?.includes(evidence.quote) && second?.includes(evidence.quote))
        .filter(() => !(cited.has('src:001') && cited.has('src:002')))
        .map((evidence) => `${record.id} cites only ${evidence.source} for "${evidence.quote}"`);
    });
    expect(missing).toEqual([]);
  });

  it('copies each project outcome word for word from the project page', () => {
    const project = dataset.entities.find((entity) => entity.id === 'project:terrorism-arms-crime-nexus');
    const outcomes = project?.properties.outcomes;
    expect(Array.isArray(outcomes) && outcomes.length).toBe(3);
    for (const outcome of Array.isArray(outcomes) ? outcomes : []) {
      expect(textOf.get('src:001')).toContain(outcome);
      expect(textOf.get('src:002')).toContain(outcome);
    }
  });
});
