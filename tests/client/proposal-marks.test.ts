import { describe, expect, it } from 'vitest';
import { markedInView, proposalMarks, proposalSummary, type OpenProposal } from '../../client/src/core/workspace/proposal-marks.js';

const LINK: OpenProposal = {
  id: 'proposal:1',
  action: 'CREATE_RELATION',
  subjectId: 'FUNDS:state:NOR->project:p',
  changes: [
    { name: 'type', after: 'FUNDS' },
    { name: 'from', after: 'state:NOR' },
    { name: 'to', after: 'project:p' },
    { name: 'startDate', after: '2024' },
  ],
};
const RETRACTION: OpenProposal = { id: 'proposal:2', action: 'RETRACT', subjectId: 'FUNDS:state:SAU->project:p', changes: [] };
const PERIOD: OpenProposal = { id: 'proposal:3', action: 'CHANGE_PERIOD', subjectId: 'FUNDS:state:SAU->project:p', changes: [{ name: 'endDate', after: '2025' }] };
const NEW_ACTOR: OpenProposal = { id: 'proposal:4', action: 'CREATE_ENTITY', subjectId: 'org:new-agency', changes: [{ name: 'name', after: 'New agency' }] };

describe('the marks of proposals waiting for review', () => {
  const marks = proposalMarks([LINK, RETRACTION, PERIOD, NEW_ACTOR]);

  it('counts the proposals about each existing record, and keeps proposed links apart (not in the graph yet)', () => {
    expect([...marks.changed]).toEqual([['FUNDS:state:SAU->project:p', 2]]);
    expect(marks.newLinks).toEqual([{ proposalId: 'proposal:1', type: 'FUNDS', from: 'state:NOR', to: 'project:p' }]);
  });

  it('marks, of what is in view, the records a proposal changes and the ends of a proposed link', () => {
    const inView = new Set(['project:p', 'state:SAU', 'FUNDS:state:SAU->project:p', 'org:unodc']);
    expect([...markedInView(marks, inView)].sort()).toEqual(['FUNDS:state:SAU->project:p', 'project:p']);
    expect(markedInView(proposalMarks([]), inView).size).toBe(0);
  });

  it('says what waits about a record', () => {
    expect(proposalSummary(marks, 'FUNDS:state:SAU->project:p')).toBe('2 proposed changes waiting for review');
    expect(proposalSummary(marks, 'project:p')).toBe('1 proposed new link waiting for review');
    expect(proposalSummary(marks, 'org:unodc')).toBeNull();
  });
});
