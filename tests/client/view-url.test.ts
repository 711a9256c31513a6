import { describe, expect, it } from 'vitest';
import { ENTITY_KINDS, RELATION_TYPES } from '../../client/src/core/model/index.js';
import { decodeView, EMPTY_VIEW, encodeView, LAYOUT_NAMES, sameView, SIZE_MODES, type ViewState } from '../../client/src/core/view/index.js';

const PROJECT = 'project:terrorism-arms-crime-nexus';
const UNODC = 'org:unodc';
const KAZAKHSTAN = 'state:KAZ';
const FUNDS_EDGE = `FUNDS:state:CAN->${PROJECT}`;

function view(overrides: Partial<ViewState> = {}): ViewState {
  return { ...EMPTY_VIEW, ...overrides };
}

describe('encoding the view as a shareable link', () => {
  it('writes only what differs from the defaults, keeping colons and commas legible', () => {
    const link = encodeView(view({ nodes: [PROJECT, UNODC], pinned: [UNODC], hiddenKinds: ['Place'], selected: UNODC, layout: 'grid' }));
    expect(link).toBe(`nodes=${PROJECT},${UNODC}&pinned=${UNODC}&hideKinds=Place&select=${UNODC}&layout=grid`);
  });

  it('writes and reads the hidden datasets, dropping ids it does not know', () => {
    const link = encodeView(view({ nodes: [PROJECT], hiddenDatasets: ['dataset:cow-igo', 'dataset:un-sc-consolidated'] }));
    expect(link).toBe(`nodes=${PROJECT}&hideDatasets=dataset:cow-igo,dataset:un-sc-consolidated`);
    expect(decodeView(`?${link},dataset:someday`).state.hiddenDatasets).toEqual(['dataset:cow-igo', 'dataset:un-sc-consolidated']);
  });

  it('writes an empty view as just an empty node list', () => {
    expect(encodeView(EMPTY_VIEW)).toBe('nodes=');
  });

  it('writes hidden types, sizing and the brushed period', () => {
    const link = encodeView(view({ nodes: [PROJECT], hiddenTypes: ['PART_OF', 'LOCATED_IN'], sizeBy: 'betweenness', time: { from: '2020-02', to: '2021' } }));
    expect(link).toBe(`nodes=${PROJECT}&hideTypes=PART_OF,LOCATED_IN&size=betweenness&from=2020-02&to=2021`);
  });

  it('escapes characters that would break the query string', () => {
    const link = encodeView(view({ nodes: ['org:a&b=c', 'org:x+y#z'], selected: FUNDS_EDGE }));
    expect(link).toBe('nodes=org:a%26b%3Dc,org:x%2By%23z&select=FUNDS:state:CAN-%3Eproject:terrorism-arms-crime-nexus');
  });
});

describe('a link round-trips to the same view', () => {
  const views: [string, ViewState][] = [
    ['the empty view', EMPTY_VIEW],
    ['the default overview', view({ nodes: [PROJECT, UNODC, KAZAKHSTAN] })],
    [
      'every setting changed at once',
      view({
        nodes: [PROJECT, UNODC, KAZAKHSTAN],
        pinned: [KAZAKHSTAN, PROJECT],
        hiddenKinds: ['Place', 'Person'],
        hiddenTypes: ['ATTENDED', 'SPOKE_AT'],
        selected: FUNDS_EDGE,
        layout: 'concentric',
        sizeBy: 'degree',
        time: { from: '2020-02-20', to: '2024-03' },
        asOf: '2016-05',
        sanctions: 'state:TJK',
      }),
    ],
    ['ids with query-string punctuation', view({ nodes: ['org:a&b=c', 'org:x+y#z', 'org:50%'], selected: 'org:a&b=c' })],
    ['ids in other scripts', view({ nodes: ['place:алматы', 'place:東京', 'person:josé-müller'], pinned: ['place:東京'], selected: 'place:алматы' })],
    ['every kind and type hidden', view({ nodes: [PROJECT], hiddenKinds: [...ENTITY_KINDS], hiddenTypes: [...RELATION_TYPES] })],
  ];

  it.each(views)('%s', (_, state) => {
    const decoded = decodeView(`?${encodeView(state)}`);
    expect(decoded.state).toEqual(state);
    expect(decoded.hasNodes).toBe(state.nodes.length > 0);
  });

  it('keeps the Sanctions tab’s subject, a regime, a state or a listed entity, and drops one that is no id', () => {
    expect(encodeView(view({ nodes: [PROJECT], sanctions: 'instrument:unsc-sanctions-al-qaida' }))).toBe(`nodes=${PROJECT}&sanctions=instrument:unsc-sanctions-al-qaida`);
    expect(decodeView('?nodes=org:unodc&sanctions=person:un-qdi-372').state.sanctions).toBe('person:un-qdi-372');
    expect(decodeView('?nodes=org:unodc&sanctions=not%20an%20id').state.sanctions).toBeNull();
    expect(decodeView('?nodes=org:unodc').state.sanctions).toBeNull();
    expect(sameView(view({ sanctions: 'state:TJK' }), view({ sanctions: 'state:UZB' }))).toBe(false);
  });

  it.each(LAYOUT_NAMES)('layout %s', (layout) => {
    expect(decodeView(encodeView(view({ nodes: [PROJECT], layout }))).state.layout).toBe(layout);
  });

  it.each(SIZE_MODES)('sizing %s', (sizeBy) => {
    expect(decodeView(encodeView(view({ nodes: [PROJECT], sizeBy }))).state.sizeBy).toBe(sizeBy);
  });
});

describe('decoding a hand-edited or garbled link', () => {
  it('reads a link with or without its leading question mark', () => {
    expect(decodeView(`?nodes=${UNODC}`).state.nodes).toEqual([UNODC]);
    expect(decodeView(`nodes=${UNODC}`).state.nodes).toEqual([UNODC]);
  });

  it('opens on the overview when the link names no nodes', () => {
    for (const search of ['', '?', '?nodes=', '?nodes=,,,', '?layout=grid', '?nodes=unodc,org:,:x,1org:x']) {
      const decoded = decodeView(search);
      expect(decoded.hasNodes, search).toBe(false);
      expect(decoded.state.nodes, search).toEqual([]);
    }
  });

  it('keeps the well-formed ids, trimmed and once each, and drops the rest', () => {
    const decoded = decodeView(`?nodes=,${UNODC},, ${PROJECT} ,not-an-id,bad id,org:,${UNODC},state:KAZ`);
    expect(decoded.state.nodes).toEqual([UNODC, PROJECT, KAZAKHSTAN]);
    expect(decoded.hasNodes).toBe(true);
  });

  it('refuses an id longer than 200 characters after its prefix', () => {
    const longest = `org:${'x'.repeat(200)}`;
    const tooLong = `org:${'y'.repeat(201)}`;
    expect(decodeView(`?nodes=${longest},${tooLong}`).state.nodes).toEqual([longest]);
  });

  it('pins only nodes the link shows', () => {
    expect(decodeView(`?nodes=${UNODC},${PROJECT}&pinned=${PROJECT},org:elsewhere,${PROJECT}`).state.pinned).toEqual([PROJECT]);
  });

  it('drops unknown or mis-spelt kinds and relation types', () => {
    const state = decodeView(`?nodes=${UNODC}&hideKinds=Place,place,Planet,Person,Place&hideTypes=FUNDS,funds,LIKES,,PART_OF`).state;
    expect(state.hiddenKinds).toEqual(['Place', 'Person']);
    expect(state.hiddenTypes).toEqual(['FUNDS', 'PART_OF']);
  });

  it('falls back to the default layout and sizing for unknown names', () => {
    const state = decodeView(`?nodes=${UNODC}&layout=cola&size=pagerank`).state;
    expect(state.layout).toBe('fcose');
    expect(state.sizeBy).toBe('none');
    expect(decodeView('?layout=GRID').state.layout).toBe('fcose');
  });

  it('keeps any short selection (a node or an edge id) and drops an empty or oversized one', () => {
    expect(decodeView(`?nodes=${PROJECT}&select=${encodeURIComponent(FUNDS_EDGE)}`).state.selected).toBe(FUNDS_EDGE);
    expect(decodeView('?select=').state.selected).toBeNull();
    expect(decodeView(`?select=${'s'.repeat(400)}`).state.selected).toBe('s'.repeat(400));
    expect(decodeView(`?select=${'s'.repeat(401)}`).state.selected).toBeNull();
  });

  it('reads a period at year, month or day precision, putting its ends in order', () => {
    expect(decodeView('?from=2020&to=2021-02-20').state.time).toEqual({ from: '2020', to: '2021-02-20' });
    expect(decodeView('?from=2024-03&to=2020').state.time).toEqual({ from: '2020', to: '2024-03' });
  });

  it.each([
    ['only a start', '?from=2020'],
    ['only an end', '?to=2020'],
    ['a two-digit year', '?from=20&to=2021'],
    ['a one-digit month', '?from=2020-2&to=2021'],
    ['a time of day', '?from=2020-02-20T10:00&to=2021'],
    ['words', '?from=last%20year&to=now'],
  ])('ignores a period with %s', (_, search) => {
    expect(decodeView(search).state.time).toBeNull();
  });

  it('takes the first of repeated parameters and ignores unknown ones', () => {
    const state = decodeView(`?nodes=${UNODC}&nodes=${PROJECT}&utm_source=mail&layout=grid&layout=concentric`).state;
    expect(state.nodes).toEqual([UNODC]);
    expect(state.layout).toBe('grid');
  });

  it('never throws on broken percent-escapes or stray punctuation', () => {
    expect(() => decodeView('?%%%&&&==&nodes=%E0%A4%A&select=%')).not.toThrow();
    expect(decodeView(`?nodes=${UNODC},org:%E0%A4%A`).state.nodes[0]).toBe(UNODC);
    expect(decodeView('?%%%&&&==').state).toEqual(EMPTY_VIEW);
  });

  it('decodes a plus as a space, so an id with a literal plus must be escaped', () => {
    expect(decodeView('?nodes=org:x+y').state.nodes).toEqual([]);
    expect(decodeView('?nodes=org:x%2By').state.nodes).toEqual(['org:x+y']);
  });
});

describe('the as-of date in a shared link', () => {
  it('is written only when set, beside a brushed period it composes with', () => {
    expect(encodeView(EMPTY_VIEW)).not.toContain('asOf');
    const link = encodeView(view({ nodes: [PROJECT], time: { from: '2013', to: '2020' }, asOf: '2016' }));
    expect(link).toBe(`nodes=${PROJECT}&from=2013&to=2020&asOf=2016`);
    expect(decodeView(`?${link}`).state).toMatchObject({ asOf: '2016', time: { from: '2013', to: '2020' } });
  });

  it('reads a year, a month or a day, and drops anything else', () => {
    expect(decodeView('?asOf=2016').state.asOf).toBe('2016');
    expect(decodeView('?asOf=2016-05').state.asOf).toBe('2016-05');
    expect(decodeView('?asOf=2016-05-31').state.asOf).toBe('2016-05-31');
    for (const garbled of ['16', '2016-5', '2016-13', '2016-05-32', '2016-05-31T10:00', 'today', '']) {
      expect(decodeView(`?asOf=${garbled}`).state.asOf, garbled).toBeNull();
    }
  });
});

describe('the minimap in a shared link', () => {
  it('is shown unless the link says it was hidden, and a hidden one survives the round trip', () => {
    expect(EMPTY_VIEW.minimap).toBe(true);
    expect(encodeView(EMPTY_VIEW)).not.toContain('minimap');
    const hidden = { ...EMPTY_VIEW, nodes: ['org:unodc'], minimap: false };
    expect(encodeView(hidden)).toBe('nodes=org:unodc&minimap=off');
    expect(decodeView(`?${encodeView(hidden)}`).state).toEqual(hidden);
    expect(decodeView('?nodes=org:unodc&minimap=whatever').state.minimap).toBe(true);
  });
});
