import { describe, expect, it } from 'vitest';
import type { EntityKind } from '../../client/src/core/model/index.js';
import { groupSuggestions } from '../../client/src/core/search/index.js';

const hit = (id: string, kind: EntityKind) => ({ id, entity: { kind } });

describe('search suggestions grouped by kind when there are many', () => {
  it('leaves eight or fewer suggestions as one list', () => {
    expect(groupSuggestions([hit('a', 'State'), hit('b', 'Person')])).toBeNull();
  });

  it('groups more than eight by kind, kinds in the order of their best hit, hits in theirs', () => {
    const hits = [hit('1', 'State'), hit('2', 'Person'), hit('3', 'State'), hit('4', 'Organization'), hit('5', 'Person'), hit('6', 'Person'), hit('7', 'State'), hit('8', 'Instrument'), hit('9', 'Person')];
    const groups = groupSuggestions(hits)!;
    expect(groups.map((group) => [group.kind, group.hits.map((entry) => entry.id)])).toEqual([
      ['State', ['1', '3', '7']],
      ['Person', ['2', '5', '6', '9']],
      ['Organization', ['4']],
      ['Instrument', ['8']],
    ]);
  });

  it('needs no headings when every suggestion is of one kind', () => {
    expect(groupSuggestions(Array.from({ length: 12 }, (_, index) => hit(String(index), 'Person')))).toBeNull();
  });
});
