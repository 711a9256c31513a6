/** What an edit form starts from: the record's editable fields as they are now. */
export interface EditableRecord {
  id: string;
  name: string;
  aliases: string[];
  description: string | null;
  startDate: string | null;
  endDate: string | null;
  /** Whether the record has dates (events, projects, relations) and names (entities). */
  dated: boolean;
  named: boolean;
}

/** What the edit form holds when submitted (text as typed; aliases one per line, already split). */
export interface EditFormValues {
  name: string;
  aliases: string[];
  description: string;
  startDate: string;
  endDate: string;
}

/** The fields a proposal changes: only those the editor altered (the API changes only the fields given). */
export function changedFields(before: EditableRecord, after: EditFormValues): Record<string, unknown> {
  const changes: Record<string, unknown> = {};
  if (before.named) {
    if (after.name.trim() !== before.name) changes.name = after.name.trim();
    if (after.aliases.join('\n') !== before.aliases.join('\n')) changes.aliases = after.aliases;
    if (after.description.trim() !== (before.description ?? '')) changes.description = after.description.trim();
  }
  if (before.dated) {
    // An emptied date is cleared (null), not left as it was.
    if (after.startDate.trim() !== (before.startDate ?? '')) changes.startDate = after.startDate.trim() || null;
    if (after.endDate.trim() !== (before.endDate ?? '')) changes.endDate = after.endDate.trim() || null;
  }
  return changes;
}
