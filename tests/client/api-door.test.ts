import { describe, expect, it } from 'vitest';
import { ENTITY_DETAILS, NEIGHBOURHOOD, PARTNER_ROLES, SEARCH, SOURCES } from '../../client/src/api/documents.js';
import { ENTITY_KIND, UnknownValueError } from '../../client/src/api/model-values.js';
import { ENTITY_KINDS } from '../../client/src/core/model/index.js';

const unodc = { id: 'org:unodc', kind: 'ORGANIZATION', name: 'United Nations Office on Drugs and Crime', aliases: ['UNODC'] };
const canada = { id: 'state:CAN', kind: 'STATE', name: 'Canada', aliases: [] };
const project = { id: 'project:terrorism-arms-crime-nexus', kind: 'PROJECT', name: 'Addressing the nexus', aliases: [] };

describe("the client's door to the API speaks GraphQL's enum values outside and the model's inside", () => {
  it("reads a neighbourhood's kinds as the model spells them", () => {
    const { neighbourhood } = NEIGHBOURHOOD.resultFromApi({ neighbourhood: { truncated: false, nodes: [unodc, canada], edges: [] } });
    expect(neighbourhood.nodes.map((node) => node.kind)).toEqual(['Organization', 'State']);
  });

  it('sends the kinds a search or a neighbourhood is restricted to as the API spells them', () => {
    expect(SEARCH.variablesToApi({ text: 'unod', kinds: ['Organization', 'State'] })).toEqual({ text: 'unod', kinds: ['ORGANIZATION', 'STATE'] });
    expect(NEIGHBOURHOOD.variablesToApi({ id: 'org:unodc', kinds: ['Instrument'] })).toEqual({ id: 'org:unodc', kinds: ['INSTRUMENT'] });
    expect(NEIGHBOURHOOD.variablesToApi({ id: 'org:unodc' })).toEqual({ id: 'org:unodc' });
  });

  it("reads a partner map's roles and a position's organisation in the model's spelling", () => {
    const { partnerRoles } = PARTNER_ROLES.resultFromApi({
      partnerRoles: { nodes: [{ role: 'DONOR', period: '2024/..', actor: canada, target: project, evidence: [], relation: { id: 'FUNDS:state:CAN->project:x' } }] },
    });
    expect(partnerRoles[0]).toMatchObject({ role: 'donor', actor: { kind: 'State' }, target: { kind: 'Project' } });
    const { entity } = ENTITY_DETAILS.resultFromApi({
      entity: { id: 'person:vladimir-voronkov', kind: 'PERSON', name: 'Vladimir Voronkov', aliases: [], evidence: [], names: [], positions: [{ title: 'Head', startDate: null, endDate: null, at: unodc, relation: { id: 'r' }, evidence: [] }] },
    });
    expect(entity).toMatchObject({ kind: 'Person', positions: [{ at: { kind: 'Organization' } }] });
  });

  it("reads the closed lists of details and sources in the model's spelling", () => {
    const details = (entity: Record<string, unknown>) => ENTITY_DETAILS.resultFromApi({ entity: { ...unodc, evidence: [], names: [], ...entity } }).entity;
    expect(details({ scope: 'INTERNATIONAL' })?.scope).toBe('international');
    expect(details({ kind: 'INSTRUMENT', instrumentType: 'GUIDING_PRINCIPLES' })?.instrumentType).toBe('guiding-principles');
    expect(details({ kind: 'PLACE', placeType: 'CITY' })?.placeType).toBe('city');
    expect(details({ scope: null })?.scope).toBeNull();
    expect(details({})).not.toHaveProperty('scope');
    const source = { id: 'src:003', title: 'RATS', publisher: 'SCO RATS', date: null, dateNote: null, description: null, url: null, text: '' };
    const { sources } = SOURCES.resultFromApi({ sources: [{ ...source, publisherType: 'REGIONAL_ORGANISATION' }, { ...source, publisherType: null }] });
    expect(sources.map((item) => item.publisherType)).toEqual(['regional-organisation', null]);
  });

  it("reads a reference link's consent, membership and listing, and a name's quality, in the model's spelling", () => {
    const edge = (id: string, facts: Record<string, unknown>) => ({ id, type: 'PARTY_TO', from: { id: 'state:CAN' }, to: { id: 'org:unodc' }, evidence: [], ...facts });
    const { neighbourhood } = NEIGHBOURHOOD.resultFromApi({
      neighbourhood: {
        nodes: [unodc, canada],
        edges: [
          edge('untc:att:KAZ', { consentType: 'ACCESSION', startDate: '2017-12-08', membershipType: null, listingStatus: null }),
          edge('cow:4400:KAZ:1992', { membershipType: 'ASSOCIATE', consentType: null }),
          edge('unsc:QDi.372:listing', { listingStatus: 'DELISTED' }),
          edge('FUNDS:state:CAN->project:x', {}),
        ],
      },
    });
    expect(neighbourhood.edges.map((relation) => [relation.consentType, relation.membershipType, relation.listingStatus])).toEqual([
      ['accession', null, null],
      [null, 'associate', undefined],
      [undefined, undefined, 'delisted'],
      [undefined, undefined, undefined],
    ]);
    expect(() => NEIGHBOURHOOD.resultFromApi({ neighbourhood: { nodes: [], edges: [edge('x', { consentType: 'ANNEXATION' })] } })).toThrow(UnknownValueError);
    const { entity } = ENTITY_DETAILS.resultFromApi({
      entity: { ...unodc, evidence: [], names: [{ name: 'Abu Omar', quality: 'WEAK', language: null, script: 'Latn', originalScript: false, dataset: { id: 'dataset:un-sc-consolidated' } }] },
    });
    expect(entity?.names.map((name) => name.quality)).toEqual(['weak']);
  });

  it('round-trips every kind of the model', () => {
    for (const kind of ENTITY_KINDS) expect(ENTITY_KIND.fromApi(ENTITY_KIND.toApi(kind))).toBe(kind);
    expect(ENTITY_KINDS.map(ENTITY_KIND.toApi)).toEqual(['ORGANIZATION', 'STATE', 'PERSON', 'INSTRUMENT', 'PROJECT', 'EVENT', 'PLACE']);
  });

  it('refuses a value the model does not have, rather than passing it to the core', () => {
    expect(() => ENTITY_KIND.fromApi('Organization')).toThrow(UnknownValueError);
    expect(() => NEIGHBOURHOOD.resultFromApi({ neighbourhood: { nodes: [{ ...unodc, kind: 'SHIP' }], edges: [] } })).toThrow(/"SHIP".*Reload/);
  });
});
