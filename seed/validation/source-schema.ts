import { z } from 'zod';
import { PUBLISHER_TYPES } from '../../model/data-model';
import { isoDate, oneOf, text } from './field-schemas';

/** The seed's documents are `src:000`…; those an editor registered in the workspace keep their `src:ed-<hex>` id when exported. */
export const SOURCE_ID = /^src:(\d{3}|ed-[0-9a-f]{8})$/;

/** The metadata file beside each scraped text. */
export const sourceMetadataSchema = z.strictObject({
  id: z.string().regex(SOURCE_ID, 'must look like "src:000"'),
  file: z.string().regex(/^[^/\\]+\.txt$/, 'must be the name of a .txt file beside the metadata'),
  title: text,
  publisher: text,
  publisherType: oneOf(PUBLISHER_TYPES),
  date: isoDate.nullable(),
  dateNote: text.optional(),
  description: text,
  url: text.optional(),
  noise: z.array(z.string().min(1, 'must not be empty')).default([]),
  capturesSamePageAs: z.string().regex(SOURCE_ID, 'must look like "src:000"').optional(),
});

export const SOURCE_FIELD_NAMES: readonly string[] = Object.keys(sourceMetadataSchema.shape);
