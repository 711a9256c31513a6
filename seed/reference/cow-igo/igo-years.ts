import { readCsvLines, type CsvLine } from './read-csv.js';
import type { IgoRow } from './organizations.js';

/** One IGO-year row of igo_year_format3.csv. */
export interface IgoYearRow {
  ionum: number;
  year: number;
  igo: IgoRow;
  /** Set when COW marks the row's membership dates as imputed or accurate only within 5 years. */
  impreciseNote?: string;
  line: CsvLine;
}

export interface IgoYears {
  /** The state columns, between `year` and `sdate`, e.g. "afghanistan". */
  stateColumns: string[];
  /** Rows per ionum, in year order. */
  byIonum: Map<number, IgoYearRow[]>;
  /** The data's last year (2014): a spell running then has no end. */
  lastYear: number;
  /** A state's cell in a row: "1", "0", "-9", "" (NA, COW's -1)… */
  cell(row: IgoYearRow, column: string): string;
}

const LEADING_COLUMNS = ['ioname', 'orgname', 'year'];

function column(header: string[], name: string): number {
  const index = header.indexOf(name);
  if (index < 0) throw new Error(`igo_year_format3.csv has no column "${name}"`);
  return index;
}

function impreciseNote(accuracy: string, imputed: string): string | undefined {
  const within5 = accuracy.trim() === 'Within 5 years';
  if (!within5 && imputed !== '1') return undefined;
  return [imputed === '1' ? 'imputed' : '', within5 ? 'accurate "within 5 years"' : ''].filter(Boolean).join(', ');
}

export async function readIgoYears(file: string): Promise<IgoYears> {
  const [headerLine, ...records] = await readCsvLines(file);
  if (!headerLine) throw new Error(`${file} is empty`);
  const header = headerLine.fields;
  if (LEADING_COLUMNS.some((name, index) => header[index] !== name)) throw new Error(`${file}: expected the columns ${LEADING_COLUMNS.join(', ')} first`);
  const sdate = column(header, 'sdate');
  const stateColumns = header.slice(LEADING_COLUMNS.length, sdate);
  const at = {
    deaddate: column(header, 'deaddate'),
    longorgname: column(header, 'longorgname'),
    ionum: column(header, 'ionum'),
    accuracy: column(header, 'accuracyofpre1965membershipdates'),
    imputed: column(header, 'imputed'),
  };
  const stateIndex = new Map(stateColumns.map((name, index) => [name, index + LEADING_COLUMNS.length]));

  const byIonum = new Map<number, IgoYearRow[]>();
  let lastYear = -Infinity;
  for (const line of records) {
    const fields = line.fields;
    if (fields.length !== header.length) throw new Error(`${file}:${line.line}: ${fields.length} fields, the header has ${header.length}`);
    const ionum = Number(fields[at.ionum]);
    const year = Number(fields[2]);
    if (!Number.isInteger(ionum) || !Number.isInteger(year)) throw new Error(`${file}:${line.line}: ionum or year is not an integer`);
    lastYear = Math.max(lastYear, year);
    const note = impreciseNote(fields[at.accuracy]!, fields[at.imputed]!);
    const row: IgoYearRow = {
      ionum,
      year,
      igo: {
        ioname: fields[0]!,
        orgname: fields[1]!,
        longorgname: fields[at.longorgname]!,
        sdate: fields[sdate]!,
        deaddate: fields[at.deaddate]!,
      },
      ...(note ? { impreciseNote: note } : {}),
      line,
    };
    const rows = byIonum.get(ionum) ?? [];
    rows.push(row);
    byIonum.set(ionum, rows);
  }
  for (const rows of byIonum.values()) rows.sort((a, b) => a.year - b.year);
  return {
    stateColumns,
    byIonum,
    lastYear,
    cell: (row, name) => {
      const index = stateIndex.get(name);
      if (index === undefined) throw new Error(`no state column "${name}"`);
      return row.line.fields[index]!;
    },
  };
}
