import { describe, expect, it } from 'vitest';
import { issuesOf, testRelation, withRecords, withoutField } from './seed-variants';

const EVENTS = 'relations/events.yaml';
const TEST_RELATION_ID = 'ATTENDED:org:sco->event:project-launch';

function issue(record: string, field: string, reason: string, file = EVENTS) {
  return { file, record, field, reason: expect.stringContaining(reason) };
}

describe('the curator adds a relation', () => {
  it('is accepted when the record is well formed (the baseline every case below spoils)', () => {
    expect(issuesOf(withRecords(EVENTS, testRelation()))).toEqual([]);
  });

  it('is refused when its type is not in the model', () => {
    expect(issuesOf(withRecords(EVENTS, testRelation({ type: 'OWNS' })))).toEqual([
      issue('OWNS:org:sco->event:project-launch', 'type', 'unknown relation type "OWNS"'),
    ]);
  });

  it('is refused when it points at an entity that does not exist', () => {
    expect(issuesOf(withRecords(EVENTS, testRelation({ to: 'event:no-such-event' })))).toEqual([
      issue('ATTENDED:org:sco->event:no-such-event', 'to', 'dangling reference: no entity has id "event:no-such-event"'),
    ]);
  });

  it('is refused when an end is of a kind its type does not allow', () => {
    const relation = testRelation({ type: 'FUNDS', from: 'person:ghada-waly', to: 'project:terrorism-arms-crime-nexus' });
    expect(issuesOf(withRecords(EVENTS, relation))).toEqual([
      issue(
        'FUNDS:person:ghada-waly->project:terrorism-arms-crime-nexus',
        'from',
        'a FUNDS cannot start at a Person ("person:ghada-waly"); allowed: State, Organization',
      ),
    ]);
  });

  it('is refused when the same relation appears twice without ids to tell them apart', () => {
    expect(issuesOf(withRecords(EVENTS, testRelation(), testRelation()))).toEqual([
      issue(TEST_RELATION_ID, 'id', 'duplicate id: already used in relations/events.yaml; give each relation'),
    ]);
  });

  it('accepts the same relation twice when each has its own id (for example one per period)', () => {
    const first = testRelation({ id: 'attended-launch-first', startDate: '2020' });
    const second = testRelation({ id: 'attended-launch-second', startDate: '2021' });
    expect(issuesOf(withRecords(EVENTS, first, second))).toEqual([]);
  });

  it('is refused when its conflict or note carries scrape garbage', () => {
    expect(issuesOf(withRecords(EVENTS, testRelation({ note: 'Theyand 0.1f&on' })))).toEqual([
      issue(TEST_RELATION_ID, 'note', 'contains scrape noise "Theyand"'),
    ]);
  });
});

describe('the curator gives evidence for a fact', () => {
  it('is refused when the evidence is missing', () => {
    expect(issuesOf(withRecords(EVENTS, withoutField(testRelation(), 'evidence')))).toEqual([
      issue(TEST_RELATION_ID, 'evidence', 'is missing: every record needs at least one {source, quote}'),
    ]);
  });

  it('is refused when the evidence list is empty', () => {
    expect(issuesOf(withRecords(EVENTS, testRelation({ evidence: [] })))).toEqual([
      issue(TEST_RELATION_ID, 'evidence', 'must list at least one {source, quote}'),
    ]);
  });

  it('is refused when an entry has no source', () => {
    expect(issuesOf(withRecords(EVENTS, testRelation({ evidence: [{ quote: 'jointly launched a project' }] })))).toEqual([
      issue(TEST_RELATION_ID, 'evidence[0].source', 'is missing'),
    ]);
  });

  it('is refused when an entry has no quote', () => {
    expect(issuesOf(withRecords(EVENTS, testRelation({ evidence: [{ source: 'src:000' }] })))).toEqual([
      issue(TEST_RELATION_ID, 'evidence[0].quote', 'is missing'),
    ]);
  });

  it('is refused when it cites a source that does not exist', () => {
    const evidence = [{ source: 'src:009', quote: 'jointly launched a project' }];
    expect(issuesOf(withRecords(EVENTS, testRelation({ evidence })))).toEqual([
      issue(TEST_RELATION_ID, 'evidence[0].source', 'unknown source "src:009"'),
    ]);
  });

  it('is refused when the quote is not in the cited document', () => {
    const evidence = [{ source: 'src:000', quote: 'The SCO attended the launch.' }];
    expect(issuesOf(withRecords(EVENTS, testRelation({ evidence })))).toEqual([
      issue(TEST_RELATION_ID, 'evidence[0].quote', 'quote not found verbatim in src:000 (000_0dd3024e40b1e95d.txt)'),
    ]);
  });

  it('is refused when the quote is in another document than the one cited', () => {
    const evidence = [{ source: 'src:001', quote: 'Shanghai Cooperation Organization (SCO)' }];
    expect(issuesOf(withRecords(EVENTS, testRelation({ evidence })))).toEqual([
      issue(TEST_RELATION_ID, 'evidence[0].quote', 'quote not found verbatim in src:001'),
    ]);
  });

  it('is refused when a non-breaking space was typed as a plain one, and says so', () => {
    const evidence = [{ source: 'src:002', quote: 'Security Council Resolution 2370 (2017)' }];
    expect(issuesOf(withRecords(EVENTS, testRelation({ evidence })))).toEqual([
      issue(TEST_RELATION_ID, 'evidence[0].quote', 'copy non-breaking spaces (U+00A0) and curly quotes from the file'),
    ]);
  });

  it('is refused when a curly apostrophe was typed as a straight one', () => {
    const evidence = [{ source: 'src:003', quote: "SCO RATS EC Delegation's Participation" }];
    expect(issuesOf(withRecords(EVENTS, testRelation({ evidence })))).toEqual([
      issue(TEST_RELATION_ID, 'evidence[0].quote', 'it differs only in spaces or quote marks'),
    ]);
  });
});
