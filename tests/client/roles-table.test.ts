import { describe, expect, it } from 'vitest';
import type { PartnerRoleRecord } from '../../client/src/core/graph/index.js';
import type { PartnerRole } from '../../client/src/core/model/index.js';
import { filterRoleRows, periodBounds, ROLE_COLUMN_LABELS, ROLE_COLUMNS, rolesCsv, sortRoleRows, toRoleRows, type RoleRow } from '../../client/src/core/roles/index.js';
import { parseCsv } from '../support/csv.js';
import { entity, seedEntity } from './seed-fixtures.js';

const PROJECT = 'project:terrorism-arms-crime-nexus';
const PRESENTATION = 'event:project-presentation-2020-02';

function record(actorId: string, role: PartnerRole, targetId: string, period: string | null, evidenceCount: number): PartnerRoleRecord {
  return {
    actor: seedEntity(actorId),
    role,
    target: seedEntity(targetId),
    period,
    evidence: Array.from({ length: evidenceCount }, (_, index) => ({ quote: `quote ${index}`, source: { id: `src:00${index}`, title: `Source ${index}` } })),
    relation: { id: `${role}:${actorId}->${targetId}` },
  };
}

// As the API answers for the project: dated, open-ended, event-dated and undated roles.
const RECORDS = [
  record('org:unodc', 'implementer', PROJECT, '2020/2021', 4),
  record('state:CAN', 'donor', PROJECT, '2024/..', 1),
  record('state:RUS', 'donor', PROJECT, '2020/2021', 4),
  record('state:KAZ', 'participant', PRESENTATION, '2020-02-20/2020-02-21', 2),
  record('state:KAZ', 'beneficiary', PROJECT, null, 3),
];
const ROWS = toRoleRows(RECORDS);
const actors = (rows: readonly RoleRow[]) => rows.map((row) => `${row.actorName}/${row.role}`);

describe('reading a role period', () => {
  it.each<[string | null, string | null, string | null]>([
    ['2020/2021', '2020', '2021'],
    ['2024/..', '2024', null],
    ['../2021', null, '2021'],
    ['../..', null, null],
    ['2020-02', '2020-02', '2020-02'],
    ['2020-02-20/2020-02-21', '2020-02-20', '2020-02-21'],
    [null, null, null],
    ['', null, null],
  ])('%s runs from %s to %s', (period, startDate, endDate) => {
    expect(periodBounds(period)).toEqual({ startDate, endDate });
  });
});

describe('role rows', () => {
  it('carries names, kinds, a readable period and an evidence count', () => {
    expect(ROWS[0]).toEqual({
      key: `org:unodc|implementer|${PROJECT}`,
      relationId: `implementer:org:unodc->${PROJECT}`,
      actorId: 'org:unodc',
      actorName: 'United Nations Office on Drugs and Crime',
      actorKind: 'Organization',
      role: 'implementer',
      targetId: PROJECT,
      targetName: seedEntity(PROJECT).name,
      targetKind: 'Project',
      period: '2020 – 2021',
      periodStart: '2020',
      evidenceCount: 4,
      conflict: null,
      doubt: null,
    });
  });

  it('carries the relation’s doubt and conflict, so the table does not drop what the details panel says', () => {
    const doubt = '004 names Canada’s financial support only in reporting the March 2024 training course.';
    const conflict = '003’s title says UNDP gave the presentation; its body names UNCCT and UNODC.';
    const [canada, undp] = toRoleRows([
      { ...record('state:CAN', 'donor', PROJECT, '2024/..', 1), relation: { id: 'FUNDS:state:CAN->project', doubt, conflict: null } },
      { ...record('org:undp', 'organiser', PRESENTATION, '2020-02-20/2020-02-21', 1), relation: { id: 'ORGANIZED:org:undp->event', conflict, doubt: null } },
    ]);
    expect([canada?.doubt, canada?.conflict]).toEqual([doubt, null]);
    expect([undp?.doubt, undp?.conflict]).toEqual([null, conflict]);
  });

  it('writes each kind of period as the reader expects', () => {
    expect(ROWS.map((row) => [row.period, row.periodStart])).toEqual([
      ['2020 – 2021', '2020'],
      ['from 2024', '2024'],
      ['2020 – 2021', '2020'],
      ['20 Feb 2020 – 21 Feb 2020', '2020-02-20'],
      ['', ''],
    ]);
    const [until, month] = toRoleRows([record('state:RUS', 'donor', PROJECT, '../2021', 1), record('state:RUS', 'donor', PROJECT, '2020-02', 1)]);
    expect([until?.period, until?.periodStart]).toEqual(['until 2021', '2021']);
    expect([month?.period, month?.periodStart]).toEqual(['Feb 2020', '2020-02']);
  });

  it('makes no rows of no records', () => {
    expect(toRoleRows([])).toEqual([]);
  });
});

describe('filtering the roles table', () => {
  it('shows everything for an empty or blank filter', () => {
    expect(filterRoleRows(ROWS, { text: '', role: 'all' })).toEqual(ROWS);
    expect(filterRoleRows(ROWS, { text: '   ', role: 'all' })).toEqual(ROWS);
  });

  it('keeps one role', () => {
    expect(actors(filterRoleRows(ROWS, { text: '', role: 'donor' }))).toEqual(['Canada/donor', 'Russian Federation/donor']);
    expect(filterRoleRows(ROWS, { text: '', role: 'organiser' })).toEqual([]);
  });

  it('matches text in actor, target, role and period, ignoring case and surrounding spaces', () => {
    expect(actors(filterRoleRows(ROWS, { text: '  KAZAKH ', role: 'all' }))).toEqual(['Kazakhstan/participant', 'Kazakhstan/beneficiary']);
    expect(actors(filterRoleRows(ROWS, { text: 'presentation', role: 'all' }))).toEqual(['Kazakhstan/participant']);
    expect(actors(filterRoleRows(ROWS, { text: 'feb 2020', role: 'all' }))).toEqual(['Kazakhstan/participant']);
    expect(actors(filterRoleRows(ROWS, { text: 'implementer', role: 'all' }))).toEqual(['United Nations Office on Drugs and Crime/implementer']);
    expect(filterRoleRows(ROWS, { text: 'interpol', role: 'all' })).toEqual([]);
  });

  it('combines the role and the text', () => {
    expect(actors(filterRoleRows(ROWS, { text: 'russia', role: 'donor' }))).toEqual(['Russian Federation/donor']);
    expect(filterRoleRows(ROWS, { text: 'russia', role: 'implementer' })).toEqual([]);
  });
});

describe('sorting the roles table', () => {
  it('sorts by actor name, ignoring case', () => {
    const rows = toRoleRows([...RECORDS, { ...RECORDS[0]!, actor: entity('org:lower', 'african Union') }]);
    expect(actors(sortRoleRows(rows, { column: 'actor', direction: 'ascending' }))).toEqual([
      'african Union/implementer',
      'Canada/donor',
      'Kazakhstan/participant',
      'Kazakhstan/beneficiary',
      'Russian Federation/donor',
      'United Nations Office on Drugs and Crime/implementer',
    ]);
  });

  it('sorts roles in the partner map order, not alphabetically', () => {
    expect(actors(sortRoleRows(ROWS, { column: 'role', direction: 'ascending' }))).toEqual([
      'United Nations Office on Drugs and Crime/implementer',
      'Canada/donor',
      'Russian Federation/donor',
      'Kazakhstan/beneficiary',
      'Kazakhstan/participant',
    ]);
  });

  it('sorts periods by start, undated last in both directions, and breaks ties by actor even when descending', () => {
    expect(actors(sortRoleRows(ROWS, { column: 'period', direction: 'ascending' }))).toEqual([
      'Russian Federation/donor',
      'United Nations Office on Drugs and Crime/implementer',
      'Kazakhstan/participant',
      'Canada/donor',
      'Kazakhstan/beneficiary',
    ]);
    expect(actors(sortRoleRows(ROWS, { column: 'period', direction: 'descending' }))).toEqual([
      'Canada/donor',
      'Kazakhstan/participant',
      'Russian Federation/donor',
      'United Nations Office on Drugs and Crime/implementer',
      'Kazakhstan/beneficiary',
    ]);
  });

  it('sorts evidence counts as numbers', () => {
    const many = toRoleRows([record('state:CAN', 'donor', PROJECT, null, 10)]);
    expect(sortRoleRows([...ROWS, ...many], { column: 'evidence', direction: 'descending' }).map((row) => row.evidenceCount)).toEqual([10, 4, 4, 3, 2, 1]);
  });

  it('sorts targets by name', () => {
    expect(sortRoleRows(ROWS, { column: 'target', direction: 'ascending' }).map((row) => row.targetId)).toEqual([PROJECT, PROJECT, PROJECT, PROJECT, PRESENTATION]);
  });

  it('leaves the rows it was given untouched', () => {
    const before = ROWS.map((row) => row.key);
    sortRoleRows(ROWS, { column: 'actor', direction: 'descending' });
    expect(ROWS.map((row) => row.key)).toEqual(before);
  });

  it('has a heading for every column', () => {
    expect(ROLE_COLUMNS.map((column) => ROLE_COLUMN_LABELS[column])).toEqual(['Actor', 'Role', 'Of', 'Period', 'Evidence']);
  });
});

describe('the roles table as CSV', () => {
  it('writes a header and one CRLF-terminated row per role, quoting names with commas', () => {
    const rows = toRoleRows([
      record('state:CAN', 'donor', PROJECT, '2024/..', 1),
      { ...record('state:KAZ', 'beneficiary', PROJECT, null, 0), target: entity('project:x', 'Border security, phase "2"', 'Project') },
    ]);
    expect(rolesCsv(rows)).toBe(
      'actorId,actor,role,targetId,target,period,evidenceCount,conflict,doubt\r\n' +
        `state:CAN,Canada,donor,${PROJECT},${seedEntity(PROJECT).name},from 2024,1,,\r\n` +
        'state:KAZ,Kazakhstan,beneficiary,project:x,"Border security, phase ""2""",,0,,\r\n',
    );
  });

  it('writes each role’s conflict and doubt beside it', () => {
    const rows = toRoleRows([
      { ...record('state:CAN', 'donor', PROJECT, '2024/..', 1), relation: { id: 'FUNDS:state:CAN->project', doubt: 'Stated for one course only, in 2024.', conflict: null } },
      { ...record('org:undp', 'organiser', PRESENTATION, null, 1), relation: { id: 'ORGANIZED:org:undp->event', conflict: 'The title says UNDP, the body does not.', doubt: null } },
    ]);
    const [header, canada, undp] = parseCsv(rolesCsv(rows));
    expect(header!.slice(-2)).toEqual(['conflict', 'doubt']);
    expect(canada!.slice(-2)).toEqual(['', 'Stated for one course only, in 2024.']);
    expect(undp!.slice(-2)).toEqual(['The title says UNDP, the body does not.', '']);
  });

  it('writes just the header for an empty table', () => {
    expect(rolesCsv([])).toBe('actorId,actor,role,targetId,target,period,evidenceCount,conflict,doubt\r\n');
  });
});
