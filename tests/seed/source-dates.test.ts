import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../seed/validation';

const dataset = loadDataset();
const source = (id: string) => dataset.sources.find((candidate) => candidate.id === id)!;

/**
 * A source's date is what a citation prints beside it, so it must be the document's own: its
 * publication date, or for a news item the date of the event it reports. A page that states no
 * date of its own is undated (null), with a note on the dates its text does mention.
 */
describe('the sources are dated by their own date, or not at all', () => {
  it('leaves the project page undated in both captures, rather than dating it by the Strategy’s adoption in 2006', () => {
    for (const id of ['src:001', 'src:002']) {
      expect(source(id).date).toBeNull();
      expect(source(id).dateNote).toMatch(/states no date of its own/);
    }
    expect(source('src:002').dateNote).toMatch(/8 September 2006/);
  });

  it('gives two captures of one page the same date', () => {
    for (const capture of dataset.sources.filter((candidate) => candidate.capturesSamePageAs)) {
      expect(capture.date).toBe(source(capture.capturesSamePageAs!).date);
    }
  });

  it('never dates a source before the project it reports on began (2020)', () => {
    const dated = dataset.sources.filter((candidate) => candidate.date !== null);
    expect(dated.map((candidate) => candidate.id)).toEqual(['src:000', 'src:003', 'src:004']);
    expect(dated.filter((candidate) => candidate.date! < '2020').map((candidate) => `${candidate.id} ${candidate.date}`)).toEqual([]);
  });
});
