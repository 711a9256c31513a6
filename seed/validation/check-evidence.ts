import type { SeedIssue } from './seed-issues';
import type { Evidence, PropertyValue, SourceDocument } from './types';

interface EvidencedRecord {
  id: string;
  file: string;
  evidence: Evidence[];
  properties: Record<string, PropertyValue>;
}

/** Properties whose every string must be copied from a document the record cites. */
const COPIED_PROPERTIES = ['outcomes'];

function normalise(text: string): string {
  return text
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201C\u201D]/g, '"')
    .replace(/\s+/g, ' ');
}

/** Why a quote is missing from its document, with a hint when only spacing or quote marks differ. */
function describeMissingQuote(quote: string, source: SourceDocument): string {
  const reason = `quote not found verbatim in ${source.id} (${source.file})`;
  if (normalise(source.text).includes(normalise(quote))) {
    return `${reason}; it differs only in spaces or quote marks: copy non-breaking spaces (U+00A0) and curly quotes from the file`;
  }
  return reason;
}

/** Every evidence entry cites a known source and quotes it byte for byte. */
export function checkEvidence(
  records: readonly EvidencedRecord[],
  sources: ReadonlyMap<string, SourceDocument>,
  rejectedSourceIds: ReadonlySet<string>,
  issues: SeedIssue[],
): void {
  const knownSources = [...sources.keys()].join(', ');
  for (const record of records) {
    record.evidence.forEach((evidence, index) => {
      const location = { file: record.file, record: record.id };
      const source = sources.get(evidence.source);
      if (rejectedSourceIds.has(evidence.source)) return;
      if (source === undefined) {
        issues.push({
          ...location,
          field: `evidence[${index}].source`,
          reason: `unknown source "${evidence.source}" (known: ${knownSources || 'none'})`,
        });
      } else if (!source.text.includes(evidence.quote)) {
        issues.push({ ...location, field: `evidence[${index}].quote`, reason: describeMissingQuote(evidence.quote, source) });
      }
    });
    for (const property of COPIED_PROPERTIES) {
      const values = record.properties[property];
      if (!Array.isArray(values)) continue;
      const citedTexts = record.evidence.flatMap((evidence) => sources.get(evidence.source)?.text ?? []);
      values.forEach((value, index) => {
        if (!citedTexts.some((text) => text.includes(value))) {
          issues.push({
            file: record.file,
            record: record.id,
            field: `${property}[${index}]`,
            reason: 'not copied verbatim from any document the record cites',
          });
        }
      });
    }
  }
}
