import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ConsentType } from '../../../model/data-model.js';
import type { ReferenceEvidence } from '../types.js';
import { DATASET_FOLDER } from './dataset.js';

/**
 * The ATT consents whose kind the CSV lost. att.html (the raw UNTC page the CSV was scraped from)
 * marks the consent date "A" (acceptance) or "AA" (approval); the scraper read "A" as accession
 * and "AA" as ratification. Reviewed by hand against att.html: these five rows are the only ones
 * with an A or AA marker (the unit test re-checks that over the whole page). The lines are the
 * participant's and the consent cell's lines in att.html.
 */
interface MarkerCorrection {
  countryName: string;
  participantLine: number;
  consentLine: number;
  marker: 'A' | 'AA';
}

export const ATT_MARKER_CORRECTIONS: readonly MarkerCorrection[] = [
  { countryName: 'Denmark', participantLine: 1194, consentLine: 1197, marker: 'AA' },
  { countryName: 'Estonia', participantLine: 1224, consentLine: 1227, marker: 'AA' },
  { countryName: 'Gabon', participantLine: 1248, consentLine: 1251, marker: 'A' },
  { countryName: 'Japan', participantLine: 1362, consentLine: 1365, marker: 'A' },
  { countryName: 'Netherlands (Kingdom of the)', participantLine: 1518, consentLine: 1521, marker: 'A' },
];

const MARKER_CONSENT: Record<MarkerCorrection['marker'], ConsentType> = { A: 'acceptance', AA: 'approval' };
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export const ATT_HTML = 'att.html';

export interface MarkedConsent {
  consentType: ConsentType;
  marker: string;
  /** The date in the page's cell, as ISO 8601 (to check it against the CSV's action_date). */
  date: string;
  evidence: ReferenceEvidence[];
}

/** The consent cell reads e.g. "<td> &nbsp;9 May\t 2014 A<br></td>". */
function cellDate(cell: string, marker: string): string | undefined {
  const found = new RegExp(`^\\s*<td>(?:\\s|&nbsp;)*(\\d{1,2}) (\\w{3})\\s+(\\d{4}) ${marker}<br></td>$`).exec(cell);
  if (!found) return undefined;
  const [, day = '', month = '', year = ''] = found;
  const monthIndex = MONTHS.indexOf(month);
  return monthIndex < 0 ? undefined : `${year}-${String(monthIndex + 1).padStart(2, '0')}-${day.padStart(2, '0')}`;
}

/**
 * Reads the reviewed lines back from att.html and checks each still says what the review saw
 * (the participant's name, the marker); a page that changed fails loudly rather than mislabels.
 */
export async function readAttMarkedConsents(folder: string): Promise<Map<string, MarkedConsent>> {
  const lines = (await readFile(join(folder, ATT_HTML), 'utf8')).split('\n').map((line) => line.replace(/\r$/, ''));
  const byCountry = new Map<string, MarkedConsent>();
  for (const correction of ATT_MARKER_CORRECTIONS) {
    const participant = lines[correction.participantLine - 1] ?? '';
    const cell = lines[correction.consentLine - 1] ?? '';
    const date = cellDate(cell, correction.marker);
    if (!participant.includes(`<td>${correction.countryName}`) || !date) {
      throw new Error(`${ATT_HTML}:${correction.consentLine}: expected ${correction.countryName}'s consent marked "${correction.marker}"`);
    }
    const evidence = (line: number, quote: string): ReferenceEvidence => ({
      file: `${DATASET_FOLDER}/${ATT_HTML}`,
      line,
      locator: `${ATT_HTML}:${line}`,
      quote,
    });
    byCountry.set(correction.countryName, {
      consentType: MARKER_CONSENT[correction.marker],
      marker: correction.marker,
      date,
      evidence: [evidence(correction.participantLine, participant), evidence(correction.consentLine, cell)],
    });
  }
  return byCountry;
}
