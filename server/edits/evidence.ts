import { BadInputError } from '../database/errors.js';

/** Evidence as an edit mutation receives it (GraphQL `EvidenceInput`). */
export interface EvidenceInput {
  sourceId?: string | null;
  quote?: string | null;
  editorNote?: string | null;
}

/** What states an edited fact: a quote of a source, or an editor's note where no document exists yet. */
export type Evidence = { sourceId: string; quote: string; editorNote: null } | { sourceId: null; quote: null; editorNote: string };

/** The longest editor's note or quote kept (a passage, not a document). */
const MAX_EVIDENCE_LENGTH = 2_000;

/** Either a source and a quote, or a note: never both, never neither. The quote is checked against the text later. */
export function readEvidence(input: EvidenceInput): Evidence {
  const note = input.editorNote?.trim() ?? '';
  const hasQuote = !!input.sourceId || !!input.quote;
  if (note && hasQuote) throw new BadInputError('evidence: give either sourceId and quote, or an editorNote, not both.');
  if (note) {
    if (note.length > MAX_EVIDENCE_LENGTH) throw new BadInputError(`evidence: editorNote is longer than ${MAX_EVIDENCE_LENGTH} characters.`);
    return { sourceId: null, quote: null, editorNote: note };
  }
  if (!input.sourceId || !input.quote || input.quote.trim() === '') {
    throw new BadInputError("evidence: every edit that states a fact needs a sourceId and a verbatim quote from it, or an editor's note.");
  }
  if (input.quote.length > MAX_EVIDENCE_LENGTH) throw new BadInputError(`evidence: quote is longer than ${MAX_EVIDENCE_LENGTH} characters.`);
  // Not trimmed: a quote is compared byte for byte with its document, as the seed's are.
  return { sourceId: input.sourceId, quote: input.quote, editorNote: null };
}

/** The seed's own normalisation (seed/validation/check-evidence.ts): curly quotes and runs of spaces. */
function normalise(text: string): string {
  return text
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201C\u201D]/g, '"')
    .replace(/\s+/g, ' ');
}

/**
 * Null when the quote occurs in the text byte for byte, as the seed validator demands; otherwise
 * why not, with the seed's hint when only spaces or quote marks differ.
 */
export function quoteProblem(sourceId: string, text: string, quote: string): string | null {
  if (text.includes(quote)) return null;
  const reason = `the quote is not found verbatim in ${sourceId}`;
  if (normalise(text).includes(normalise(quote))) {
    return `${reason}; it differs only in spaces or quote marks: copy non-breaking spaces (U+00A0) and curly quotes from the document`;
  }
  return reason;
}
