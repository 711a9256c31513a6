import { describe, expect, it } from 'vitest';
import { issuesOf, realSeed, testOrganization, withFile, withRecords, withoutField } from './seed-variants';

const ORGANIZATIONS = 'entities/organizations.yaml';

function issue(record: string, field: string, reason: string, file = ORGANIZATIONS) {
  return { file, record, field, reason: expect.stringContaining(reason) };
}

describe('the curator adds an entity', () => {
  it('is accepted when the record is well formed (the baseline every case below spoils)', () => {
    expect(issuesOf(realSeed.files)).toEqual([]);
    expect(issuesOf(withRecords(ORGANIZATIONS, testOrganization()))).toEqual([]);
  });

  it('is refused when its kind is not in the model', () => {
    expect(issuesOf(withRecords(ORGANIZATIONS, testOrganization({ kind: 'Company' })))).toEqual([
      issue('org:test-body', 'kind', 'unknown kind "Company"'),
    ]);
  });

  it('is refused when its kind is missing', () => {
    expect(issuesOf(withRecords(ORGANIZATIONS, withoutField(testOrganization(), 'kind')))).toEqual([
      issue('org:test-body', 'kind', 'is missing'),
    ]);
  });

  it('is refused when it sits in the file of another kind', () => {
    const person = { ...withoutField(testOrganization({ id: 'person:test-person', kind: 'Person' }), 'scope') };
    expect(issuesOf(withRecords(ORGANIZATIONS, person))).toEqual([
      issue('person:test-person', 'kind', 'a Person belongs in entities/people.yaml'),
    ]);
  });

  it('is reported once when it cannot be read, not again by every relation that points at it', () => {
    const files = withFile(ORGANIZATIONS, (content) => content.replace('  scope: international\n', '  scope: worldwide\n'));
    const issues = issuesOf(files);
    expect(issues).toEqual([issue('org:un', 'scope', 'must be one of "international", "regional", "national", got "worldwide"')]);
  });

  it('is refused when its id reuses another entity id', () => {
    expect(issuesOf(withRecords(ORGANIZATIONS, testOrganization({ id: 'org:unodc' })))).toEqual([
      issue('org:unodc', 'id', `duplicate id: already used in ${ORGANIZATIONS}`),
    ]);
  });

  it('is refused when its id prefix does not match its kind', () => {
    expect(issuesOf(withRecords(ORGANIZATIONS, testOrganization({ id: 'person:test-body' })))).toEqual([
      issue('person:test-body', 'id', 'Organization ids must start with "org:"'),
    ]);
  });

  it('is refused when a State id is not "state:" + its ISO 3166-1 alpha-3 code', () => {
    const state = {
      id: 'state:Kazakhstan',
      kind: 'State',
      name: 'Test State',
      description: 'A state that exists only in this test.',
      iso3: 'KAZ',
      evidence: [{ source: 'src:004', quote: 'Republic of Kazakhstan' }],
    };
    expect(issuesOf(withRecords('entities/states.yaml', state))).toEqual([
      issue('state:Kazakhstan', 'id', 'a State id must be "state:" + its iso3 code (KAZ)', 'entities/states.yaml'),
    ]);
  });

  it('is refused when its name is empty', () => {
    expect(issuesOf(withRecords(ORGANIZATIONS, testOrganization({ name: '  ' })))).toEqual([
      issue('org:test-body', 'name', 'must not be empty'),
    ]);
  });

  it.each([
    ['缅北禁地Global Counter-Terrorism Strategy', '缅北禁地'],
    ['Office on Drugs and Orime', 'Orime'],
    ['Theyand Partners', 'Theyand'],
    ['Kygryz Republic Agency', 'Kygryz Republic'],
  ])('is refused when its name "%s" carries scrape noise', (name, noise) => {
    expect(issuesOf(withRecords(ORGANIZATIONS, testOrganization({ name })))).toEqual([
      issue('org:test-body', 'name', `contains scrape noise "${noise}"`),
    ]);
  });

  it('is refused when its description carries scrape garbage', () => {
    expect(issuesOf(withRecords(ORGANIZATIONS, testOrganization({ description: 'Theyand 0.1f&on' })))).toEqual([
      issue('org:test-body', 'description', 'contains scrape noise "Theyand"'),
    ]);
  });

  it('is refused when an alias already leads a search to another entity', () => {
    expect(issuesOf(withRecords(ORGANIZATIONS, testOrganization({ aliases: ['unodc'] })))).toEqual([
      issue('org:test-body', 'aliases', '"unodc" also names org:unodc'),
    ]);
  });

  it('is refused when a field is misspelt, naming the fields allowed', () => {
    const record = { ...withoutField(testOrganization(), 'scope'), scop: 'regional' };
    expect(issuesOf(withRecords(ORGANIZATIONS, record))).toEqual([
      issue('org:test-body', 'scope', 'is missing: one of "international", "regional", "national"'),
      issue('org:test-body', 'scop', 'is not a field of Organization records (allowed: id, kind, name'),
    ]);
  });

  it('is refused when a kind-specific value is not in the model', () => {
    expect(issuesOf(withRecords(ORGANIZATIONS, testOrganization({ scope: 'global' })))).toEqual([
      issue('org:test-body', 'scope', 'must be one of "international", "regional", "national", got "global"'),
    ]);
  });

  it('is refused when a project outcome is not copied from a document it cites', () => {
    const project = {
      id: 'project:test-project',
      kind: 'Project',
      name: 'Test Project',
      description: 'A project that exists only in this test.',
      outcomes: ['Enhanced normative frameworks everywhere'],
      evidence: [{ source: 'src:001', quote: 'Project outcomes' }],
    };
    expect(issuesOf(withRecords('entities/projects.yaml', project))).toEqual([
      issue('project:test-project', 'outcomes[0]', 'not copied verbatim from any document the record cites', 'entities/projects.yaml'),
    ]);
  });
});

describe('the curator dates an entity', () => {
  function event(dates: Record<string, unknown>) {
    return {
      id: 'event:test-event',
      kind: 'Event',
      name: 'Test Event',
      description: 'An event that exists only in this test.',
      evidence: [{ source: 'src:003', quote: 'On 20-21 February 2020' }],
      ...dates,
    };
  }
  const EVENTS = 'entities/events.yaml';

  it('accepts a year, a month or a day, and a period given at different precisions', () => {
    expect(issuesOf(withRecords(EVENTS, event({ startDate: '2020', endDate: '2020-02-21' })))).toEqual([]);
  });

  it.each([
    ['20-21 February 2020', 'is not an ISO 8601 date prefix'],
    ['2020/2021', 'is not an ISO 8601 date prefix'],
    ['2020-13', 'has month 13, which does not exist'],
    ['2021-02-29', 'has day 29, which does not exist in 2021-02'],
    ['2020-04-31', 'has day 31, which does not exist in 2020-04'],
  ])('refuses the date "%s"', (startDate, reason) => {
    expect(issuesOf(withRecords(EVENTS, event({ startDate })))).toEqual([
      issue('event:test-event', 'startDate', reason, EVENTS),
    ]);
  });

  it('accepts 29 February in a leap year', () => {
    expect(issuesOf(withRecords(EVENTS, event({ startDate: '2020-02-29' })))).toEqual([]);
  });

  it('refuses an unquoted year, which YAML reads as a number', () => {
    expect(issuesOf(withFile(EVENTS, (content) => `${content}
- id: event:test-event
  kind: Event
  name: Test Event
  description: An event that exists only in this test.
  startDate: 2020
  evidence:
    - source: src:003
      quote: "On 20-21 February 2020"
`))).toEqual([issue('event:test-event', 'startDate', 'must be a quoted ISO 8601 date prefix', EVENTS)]);
  });

  it('refuses a period that ends before it starts', () => {
    expect(issuesOf(withRecords(EVENTS, event({ startDate: '2021', endDate: '2020-12' })))).toEqual([
      issue('event:test-event', 'endDate', 'ends (2020-12) before it starts (2021)', EVENTS),
    ]);
  });
});
