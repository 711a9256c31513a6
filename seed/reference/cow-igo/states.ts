import { STATES_FILE } from './dataset.js';
import { readCsvLines, type CsvLine } from './read-csv.js';
import type { ReferenceEntity } from '../types.js';

/** A COW state (states2016.csv) by its ccode: its name and the row of its latest period in the system. */
export interface CowStateRecord {
  ccode: number;
  name: string;
  line: CsvLine;
}

/** states2016.csv lists a state once per period in the system (Cuba 1902-1906, 1909-2016): the last one is kept. */
export async function readStates(file: string): Promise<Map<number, CowStateRecord>> {
  const [header, ...records] = await readCsvLines(file);
  const fields = header?.fields ?? [];
  const ccodeAt = fields.indexOf('ccode');
  const nameAt = fields.indexOf('statenme');
  const endAt = fields.indexOf('endyear');
  if (ccodeAt < 0 || nameAt < 0 || endAt < 0) throw new Error(`${file}: expected the columns ccode, statenme, endyear`);
  const states = new Map<number, CowStateRecord & { endYear: number }>();
  for (const line of records) {
    const ccode = Number(line.fields[ccodeAt]);
    const endYear = Number(line.fields[endAt]);
    if (!Number.isInteger(ccode) || !Number.isInteger(endYear)) throw new Error(`${file}:${line.line}: ccode or endyear is not an integer`);
    const known = states.get(ccode);
    if (!known || endYear > known.endYear) states.set(ccode, { ccode, name: line.fields[nameAt]!, line, endYear });
  }
  return new Map([...states].map(([ccode, { endYear: _endYear, ...state }]) => [ccode, state]));
}

export function stateEntity(iso3: string, state: CowStateRecord): ReferenceEntity {
  return {
    id: `state:${iso3}`,
    kind: 'State',
    name: state.name,
    names: [],
    properties: {},
    evidence: [{ file: STATES_FILE, line: state.line.line, locator: `states2016.csv:${state.line.line}`, quote: state.line.raw }],
  };
}
