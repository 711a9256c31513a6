import { describe, expect, it } from 'vitest';
import type { EntitySummary, RelationSummary } from '../../client/src/core/graph/index.js';
import {
  countOf,
  filterMembers,
  groupCaption,
  groupId,
  groupLabel,
  hubGroups,
  inGroup,
  isFiltering,
  keyDate,
  NO_FILTER,
  parseGroupId,
  planExpansion,
  sortMembers,
  type GroupMember,
  type HubGroup,
} from '../../client/src/core/hubs/index.js';
import { decodeView, EMPTY_VIEW, encodeView, removeNodes, sameView, type ViewState } from '../../client/src/core/view/index.js';

const ATT = 'instrument:arms-trade-treaty';
const AL_QAIDA = 'instrument:unsc-sanctions-al-qaida';
const PARTIES = groupId({ hub: ATT, type: 'PARTY_TO', direction: 'in', kind: 'State' });

/** What Entity.relationGroups answers for the ATT (counts as the reference data had them). */
const ATT_GROUPS = hubGroups(ATT, [
  { type: 'PARTY_TO', direction: 'INCOMING', kind: 'State', count: 117, countIsLowerBound: false },
  { type: 'SIGNED', direction: 'INCOMING', kind: 'State', count: 25, countIsLowerBound: false },
  { type: 'SUPPORTS', direction: 'INCOMING', kind: 'Project', count: 1, countIsLowerBound: false },
]);

function view(overrides: Partial<ViewState> = {}): ViewState {
  return { ...EMPTY_VIEW, ...overrides };
}

describe('a hub opens as groups of its neighbours', () => {
  it('groups a hub above the threshold, showing its smallest groups (ten or fewer) directly', () => {
    const plan = planExpansion(ATT_GROUPS, 40);
    expect(plan.grouped).toBe(true);
    expect(plan.groups.map((group) => group.id)).toEqual([PARTIES, groupId({ hub: ATT, type: 'SIGNED', direction: 'in', kind: 'State' })]);
    expect(plan.direct.map((group) => group.type)).toEqual(['SUPPORTS']);
  });

  it('shows small groups directly only while together they stay within the threshold, smallest first', () => {
    const state = hubGroups('state:KAZ', [
      { type: 'MEMBER_OF', direction: 'OUTGOING', kind: 'Organization', count: 60, countIsLowerBound: false },
      { type: 'PARTY_TO', direction: 'OUTGOING', kind: 'Instrument', count: 7, countIsLowerBound: false },
      { type: 'ATTENDED', direction: 'OUTGOING', kind: 'Event', count: 9, countIsLowerBound: false },
      { type: 'BENEFITS_FROM', direction: 'OUTGOING', kind: 'Project', count: 2, countIsLowerBound: false },
    ]);
    expect(planExpansion(state, 40).direct.map((group) => group.type)).toEqual(['PARTY_TO', 'ATTENDED', 'BENEFITS_FROM']);
    expect(planExpansion(state, 12).direct.map((group) => group.type)).toEqual(['PARTY_TO', 'BENEFITS_FROM']);
    expect(planExpansion(state, 12).groups.map((group) => group.type)).toEqual(['MEMBER_OF', 'ATTENDED']);
  });

  it('pours out a node at or below the threshold as before', () => {
    expect(planExpansion(ATT_GROUPS, 143)).toEqual({ grouped: false, direct: ATT_GROUPS, groups: [] });
    expect(planExpansion(ATT_GROUPS, 142).grouped).toBe(true);
  });

  it('never shows directly a group whose count is only a lower bound', () => {
    const [partial] = hubGroups(AL_QAIDA, [{ type: 'LISTED_UNDER', direction: 'INCOMING', kind: 'Person', count: 3, countIsLowerBound: true }]);
    expect(planExpansion([partial!], 1).groups).toEqual([partial]);
  });

  it('labels groups from the hub, with counts in words and plurals', () => {
    expect(groupLabel(ATT_GROUPS[0]!)).toBe('117 states · party to');
    expect(groupLabel({ type: 'LISTED_UNDER', direction: 'in', kind: 'Person', count: 1, lowerBound: false })).toBe('1 person · listed under');
    expect(groupLabel({ type: 'LISTED_UNDER', direction: 'in', kind: 'Organization', count: 2000, lowerBound: true })).toBe('2,000+ organisations · listed under');
    expect(groupLabel({ type: 'MEMBER_OF', direction: 'out', kind: 'Organization', count: 42, lowerBound: false })).toBe('member of 42 organisations');
    expect(countOf('Person', 256)).toBe('256 people');
    expect(groupCaption(ATT_GROUPS[0]!, 12)).toBe('117 states · party to\n12 of 117 shown');
    expect(groupCaption(ATT_GROUPS[0]!, 0)).toBe('117 states · party to');
  });

  it('names a group by an id that survives a link, and refuses ids that name nothing', () => {
    expect(PARTIES).toBe('group:PARTY_TO~in~State~instrument:arms-trade-treaty');
    expect(parseGroupId(PARTIES)).toEqual({ hub: ATT, type: 'PARTY_TO', direction: 'in', kind: 'State' });
    for (const bad of ['group:FOO~in~State~' + ATT, 'group:PARTY_TO~up~State~' + ATT, 'group:PARTY_TO~in~Planet~' + ATT, 'group:PARTY_TO~in~State~not an id', ATT]) {
      expect(parseGroupId(bad)).toBeNull();
    }
  });

  it('knows which relations belong to a group: type, direction from the hub, kind at the other end', () => {
    const kinds: Record<string, 'State' | 'Person'> = { 'state:KAZ': 'State', 'person:x': 'Person' };
    const kindOf = (id: string) => kinds[id];
    const key = parseGroupId(PARTIES)!;
    expect(inGroup(key, { type: 'PARTY_TO', from: { id: 'state:KAZ' }, to: { id: ATT } }, kindOf)).toBe(true);
    expect(inGroup(key, { type: 'SIGNED', from: { id: 'state:KAZ' }, to: { id: ATT } }, kindOf)).toBe(false);
    expect(inGroup(key, { type: 'PARTY_TO', from: { id: ATT }, to: { id: 'state:KAZ' } }, kindOf)).toBe(false);
    expect(inGroup(key, { type: 'PARTY_TO', from: { id: 'person:x' }, to: { id: ATT } }, kindOf)).toBe(false);
  });
});

function member(id: string, name: string, relation: Partial<RelationSummary>, aliases: string[] = []): GroupMember {
  const entity: EntitySummary = { id, kind: 'State', name, aliases };
  return { entity, relation: { id: `PARTY_TO:${id}->${ATT}`, type: 'PARTY_TO', from: { id }, to: { id: ATT }, evidence: [], ...relation } };
}

const MEMBERS = [
  member('state:KAZ', 'Kazakhstan', { startDate: '2018-12-07', consentType: 'accession' }, ['Казахстан']),
  member('state:GBR', 'United Kingdom', { startDate: '2014-04-02', consentType: 'ratification' }),
  member('state:CIV', 'Côte d’Ivoire', { startDate: '2015' }),
  member('state:XXX', 'Undated', {}),
];

describe('the group list: filtering and sorting its members', () => {
  it('reads the key date of each kind of relation', () => {
    expect(keyDate(MEMBERS[0]!.relation)).toBe('2018-12-07');
    expect(keyDate({ ...MEMBERS[0]!.relation, startDate: null, signatureDate: '2013-06-03' })).toBe('2013-06-03');
    expect(keyDate({ ...MEMBERS[0]!.relation, type: 'MEMBER_OF', startDate: null, firstYear: 1992 })).toBe('1992');
  });

  it('filters by any name, without regard to case or accents', () => {
    const names = (filter: Parameters<typeof filterMembers>[1]) => filterMembers(MEMBERS, filter).map((row) => row.entity.name);
    expect(names({ text: 'cote', from: '', to: '' })).toEqual(['Côte d’Ivoire']);
    expect(names({ text: 'казах', from: '', to: '' })).toEqual(['Kazakhstan']);
    expect(names({ text: 'united kingdom', from: '', to: '' })).toEqual(['United Kingdom']);
  });

  it('filters by a date range, keeping an imprecise date that may lie in it and dropping undated members', () => {
    const names = (from: string, to: string) => filterMembers(MEMBERS, { text: '', from, to }).map((row) => row.entity.name);
    expect(names('2015', '2020')).toEqual(['Kazakhstan', 'Côte d’Ivoire']);
    expect(names('2015-06', '')).toEqual(['Kazakhstan', 'Côte d’Ivoire']);
    expect(names('', '2014')).toEqual(['United Kingdom']);
    expect(names('', '')).toHaveLength(4);
  });

  it('filters by a region: its states only, no one while its states are not read, and with the other filters', () => {
    const names = (filter: Parameters<typeof filterMembers>[1]) => filterMembers(MEMBERS, filter).map((row) => row.entity.name);
    const centralAsia = new Set(['state:KAZ', 'state:KGZ', 'state:TJK', 'state:TKM', 'state:UZB']);
    expect(names({ ...NO_FILTER, region: 'place:central-asia', regionStates: centralAsia })).toEqual(['Kazakhstan']);
    expect(names({ ...NO_FILTER, region: 'place:central-asia', regionStates: null })).toEqual([]);
    expect(names({ ...NO_FILTER, region: '', regionStates: centralAsia })).toHaveLength(4);
    expect(names({ text: '', from: '', to: '2014', region: 'place:central-asia', regionStates: centralAsia })).toEqual([]);
    expect(isFiltering({ ...NO_FILTER, region: 'place:central-asia' })).toBe(true);
    expect(isFiltering({ ...NO_FILTER, region: '' })).toBe(false);
    expect(isFiltering(NO_FILTER)).toBe(false);
  });

  it('sorts by name or date either way, undated last', () => {
    expect(sortMembers(MEMBERS, 'name', 'ascending').map((row) => row.entity.id)).toEqual(['state:CIV', 'state:KAZ', 'state:XXX', 'state:GBR']);
    expect(sortMembers(MEMBERS, 'date', 'ascending').map((row) => row.entity.id)).toEqual(['state:GBR', 'state:CIV', 'state:KAZ', 'state:XXX']);
    expect(sortMembers(MEMBERS, 'date', 'descending').map((row) => row.entity.id)).toEqual(['state:KAZ', 'state:CIV', 'state:GBR', 'state:XXX']);
  });
});

describe('groups in the view state and the shared link', () => {
  it('writes and reads groups, dropping those whose hub the link does not show and ids that name no group', () => {
    const state = view({ nodes: [ATT], groups: [PARTIES] });
    const link = encodeView(state);
    expect(link).toBe(`nodes=${ATT}&groups=${PARTIES}`);
    expect(decodeView(`?${link}`).state.groups).toEqual([PARTIES]);
    expect(decodeView(`?nodes=org:un&groups=${PARTIES}`).state.groups).toEqual([]);
    expect(decodeView(`?nodes=${ATT}&groups=group:NOPE~in~State~${ATT},${PARTIES}`).state.groups).toEqual([PARTIES]);
  });

  it('tells views apart by their groups, whatever their order', () => {
    const other = groupId({ hub: ATT, type: 'SIGNED', direction: 'in', kind: 'State' });
    expect(sameView(view({ groups: [PARTIES] }), view({ groups: [] }))).toBe(false);
    expect(sameView(view({ groups: [PARTIES, other] }), view({ groups: [other, PARTIES] }))).toBe(true);
  });

  it('drops a hub’s groups (and a selected group) with the hub, and a group hidden alone', () => {
    const state = view({ nodes: [ATT, 'state:KAZ'], groups: [PARTIES], selected: PARTIES });
    expect(removeNodes(state, [ATT])).toMatchObject({ nodes: ['state:KAZ'], groups: [], selected: null });
    expect(removeNodes(state, [PARTIES])).toMatchObject({ nodes: [ATT, 'state:KAZ'], groups: [], selected: null });
  });
});

export type { HubGroup };
