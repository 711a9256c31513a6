import { describe, expect, it } from 'vitest';
import { csvField, edgesCsv, nodesCsv, subgraphJson, toCsv } from '../../client/src/core/export/index.js';
import { entity, relation, SEED_ENTITIES, seedEntity, seedRelation } from './seed-fixtures.js';
import { parseCsv } from '../support/csv.js';

const PROJECT = 'project:terrorism-arms-crime-nexus';

describe('CSV fields', () => {
  it('leaves plain text, numbers and unicode as they are', () => {
    expect(csvField('United Nations Office on Drugs and Crime')).toBe('United Nations Office on Drugs and Crime');
    expect(csvField(4)).toBe('4');
    expect(csvField(0)).toBe('0');
    expect(csvField(true)).toBe('true');
    expect(csvField('Нур-Султан — “Astana” 東京 🇰🇿')).toBe('Нур-Султан — “Astana” 東京 🇰🇿');
  });

  it('writes null, undefined and an empty list as an empty cell', () => {
    expect(csvField(null)).toBe('');
    expect(csvField(undefined)).toBe('');
    expect(csvField([])).toBe('');
  });

  it('joins a list with semicolons', () => {
    expect(csvField(['UNODC', 'UNDOC'])).toBe('UNODC; UNDOC');
    expect(csvField(['Office, the', 'x'])).toBe('"Office, the; x"');
  });

  it('quotes commas, quotes and line breaks, doubling inner quotes', () => {
    expect(csvField('Kazakhstan, Kyrgyzstan')).toBe('"Kazakhstan, Kyrgyzstan"');
    expect(csvField('the "nexus"')).toBe('"the ""nexus"""');
    expect(csvField('line one\nline two')).toBe('"line one\nline two"');
    expect(csvField('windows\r\nbreak')).toBe('"windows\r\nbreak"');
    expect(csvField('"')).toBe('""""');
  });

  it.each([
    ['=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
    ['+7 (727) 000', "'+7 (727) 000"],
    ['-2+3', "'-2+3"],
    ['-- Vladimir Voronkov Under-Secretary-General', "'-- Vladimir Voronkov Under-Secretary-General"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1', "'\t=1"],
    ['\r=1', `"'\r=1"`],
  ])('defuses %j, which a spreadsheet would run as a formula', (value, written) => {
    expect(csvField(value)).toBe(written);
  });

  it('keeps numbers as numbers, negative ones too, and leaves a formula sign inside text alone', () => {
    expect(csvField(-3)).toBe('-3');
    expect(csvField('a=b+c')).toBe('a=b+c');
    expect(csvField(' =1')).toBe(' =1');
  });
});

describe('CSV files', () => {
  it('ends every line, the last included, with CRLF', () => {
    expect(toCsv(['a', 'b'], [])).toBe('a,b\r\n');
    expect(toCsv(['a', 'b'], [[1, null], ['x', undefined]])).toBe('a,b\r\n1,\r\nx,\r\n');
  });

  it('reads back cell for cell, however awkward the cells', () => {
    const awkward = [
      ['comma, inside', 'quote " inside', 'new\nline'],
      ['', 'Алматы', '"quoted"'],
      ['trailing space ', ' leading', 'crlf\r\ninside'],
    ];
    expect(parseCsv(toCsv(['one', 'two', 'three'], awkward))).toEqual([['one', 'two', 'three'], ...awkward]);
  });
});

describe('the visible subgraph as files', () => {
  const canada = seedEntity('state:CAN');
  const project = seedEntity(PROJECT);
  const funds = seedRelation('FUNDS', 'state:CAN', PROJECT);

  it('writes JSON in the API’s shapes, with each node’s drawn position or null', () => {
    const json = JSON.parse(subgraphJson([canada, project], [funds], new Map([['state:CAN', { x: 10, y: -20.5 }]])));
    expect(json.nodes).toEqual([
      { ...canada, position: { x: 10, y: -20.5 } },
      { ...project, position: null },
    ]);
    expect(json.edges).toEqual([funds]);
    expect(JSON.parse(subgraphJson([], [], new Map()))).toEqual({ nodes: [], edges: [] });
  });

  it('writes entities as CSV, aliases joined and missing dates empty', () => {
    const unodc = entity('org:unodc', 'United Nations Office on Drugs and Crime', 'Organization', {
      aliases: ['UNODC', 'UNDOC', 'UN Office for Drugs and Crime'],
      description: 'Vienna-based, with a "Global Firearms Programme"',
    });
    const course = entity('event:x', 'Training course', 'Event', { startDate: '2024-03-12', endDate: '2024-03-15' });
    expect(nodesCsv([unodc, course])).toBe(
      'id,kind,name,aliases,description,startDate,endDate,doubt,datasets\r\n' +
        'org:unodc,Organization,United Nations Office on Drugs and Crime,UNODC; UNDOC; UN Office for Drugs and Crime,"Vienna-based, with a ""Global Firearms Programme""",,,,\r\n' +
        'event:x,Event,Training course,,,2024-03-12,2024-03-15,,\r\n',
    );
  });

  it('writes every seed entity as one CSV row that reads back', () => {
    const rows = parseCsv(nodesCsv(SEED_ENTITIES));
    expect(rows).toHaveLength(SEED_ENTITIES.length + 1);
    expect(rows.slice(1).map((row) => row[0])).toEqual(SEED_ENTITIES.map((item) => item.id));
    expect(rows.slice(1).map((row) => row[2])).toEqual(SEED_ENTITIES.map((item) => item.name));
  });

  it('writes links as CSV with both ends named and each source title once', () => {
    const names = new Map([
      ['state:CAN', 'Canada'],
      [PROJECT, 'the project'],
    ]);
    const sameSourceTwice = relation('SUPPORTS', 'state:CAN', PROJECT, {
      conflict: 'sources disagree, slightly',
      evidence: [
        { quote: 'a', source: { id: 'src:1', title: 'UNOCT, press release' } },
        { quote: 'b', source: { id: 'src:1', title: 'UNOCT, press release' } },
        { quote: 'c', source: { id: 'src:2', title: 'Kazinform' } },
      ],
    });
    expect(edgesCsv([sameSourceTwice], (id) => names.get(id) ?? id)).toBe(
      'id,type,from,fromName,to,toName,conflict,doubt,evidenceCount,sources,datasets\r\n' +
        `SUPPORTS:state:CAN->${PROJECT},SUPPORTS,state:CAN,Canada,${PROJECT},the project,"sources disagree, slightly",,3,"UNOCT, press release; Kazinform",\r\n`,
    );
  });

  it('writes a real seed link that reads back with its evidence count', () => {
    const [header, row] = parseCsv(edgesCsv([funds], (id) => (id === PROJECT ? 'the project' : 'Canada')));
    expect(header).toEqual(['id', 'type', 'from', 'fromName', 'to', 'toName', 'conflict', 'doubt', 'evidenceCount', 'sources', 'datasets']);
    expect(row?.slice(0, 9)).toEqual([funds.id, 'FUNDS', 'state:CAN', 'Canada', PROJECT, 'the project', '', funds.doubt, String(funds.evidence.length)]);
    // Canada's funding is stated for one training course only: the CSV must not drop that.
    expect(funds.doubt).toMatch(/only in reporting the March 2024 training course/);
  });

  it('says which datasets assert each entity and link, curated or reference', () => {
    const kazakhstan = { id: 'state:KAZ', kind: 'State' as const, name: 'Kazakhstan', aliases: [], datasets: [{ id: 'dataset:curated' }, { id: 'dataset:country-codes' }] };
    const [header, row] = parseCsv(nodesCsv([kazakhstan]));
    expect(row![header!.indexOf('datasets')]).toBe('dataset:curated; dataset:country-codes');
    const party = { id: 'untc:att:KAZ', type: 'PARTY_TO' as const, from: { id: 'state:KAZ' }, to: { id: 'instrument:arms-trade-treaty' }, evidence: [], datasets: [{ id: 'dataset:untc-arms-treaties' }] };
    const [edgeHeader, edgeRow] = parseCsv(edgesCsv([party], (id) => id));
    expect(edgeRow![edgeHeader!.indexOf('datasets')]).toBe('dataset:untc-arms-treaties');
  });

  it('writes an entity’s doubt beside it', () => {
    const rows = parseCsv(nodesCsv(SEED_ENTITIES));
    const doubtColumn = rows[0]!.indexOf('doubt');
    const doubted = SEED_ENTITIES.filter((item) => item.doubt);
    expect(doubted.length).toBeGreaterThan(3);
    expect(doubted.map((item) => rows.find((row) => row[0] === item.id)![doubtColumn])).toEqual(doubted.map((item) => item.doubt));
  });
});
