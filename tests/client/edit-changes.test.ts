import { describe, expect, it } from 'vitest';
import { changedFields, type EditableRecord } from '../../client/src/core/workspace/edit-changes.js';

const EVENT: EditableRecord = {
  id: 'event:test-workshop',
  name: 'Test workshop',
  aliases: ['Workshop A'],
  description: 'A workshop.',
  startDate: '2024-03',
  endDate: null,
  dated: true,
  named: true,
};
const UNCHANGED = { name: 'Test workshop', aliases: ['Workshop A'], description: 'A workshop.', startDate: '2024-03', endDate: '' };

describe('an edit proposes only what the editor changed', () => {
  it('proposes nothing for an untouched form (stray spaces included)', () => {
    expect(changedFields(EVENT, { ...UNCHANGED, name: ' Test workshop ', description: 'A workshop. ' })).toEqual({});
  });

  it('proposes a changed name, the whole new list of spellings, and a new end date', () => {
    expect(changedFields(EVENT, { ...UNCHANGED, name: 'Regional workshop', aliases: ['Workshop A', 'Atelier A'], endDate: '2024-03-15' })).toEqual({
      name: 'Regional workshop',
      aliases: ['Workshop A', 'Atelier A'],
      endDate: '2024-03-15',
    });
  });

  it('clears an emptied date with null, rather than leaving it as it was', () => {
    expect(changedFields(EVENT, { ...UNCHANGED, startDate: '  ' })).toEqual({ startDate: null });
  });

  it('proposes only the period of a relation (it has no name of its own to change)', () => {
    const relation: EditableRecord = { ...EVENT, id: 'FUNDS:a->b', name: 'A FUNDS B', aliases: [], description: null, named: false };
    expect(changedFields(relation, { ...UNCHANGED, name: 'anything', aliases: ['x'], startDate: '2025' })).toEqual({ startDate: '2025' });
  });

  it('leaves the dates of an actor without dates (an organisation) alone', () => {
    const organisation: EditableRecord = { ...EVENT, startDate: null, dated: false };
    expect(changedFields(organisation, { ...UNCHANGED, startDate: '2020' })).toEqual({});
  });
});
