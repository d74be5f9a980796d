import { z } from "zod";

const offset = z.number({ error: "must be a whole number" }).int({ error: "must be a whole number" }).min(0, { error: "must be 0 or more" });

/**
 * A language-marker annotation added on the item page: the selected span (offsets into the item's text, plus the
 * quote the person saw, so a text edited since the page loaded is caught), a marker from the vocabulary, a note.
 */
export const addAnnotationBodySchema = z.strictObject({
  marker: z.string({ error: "is required (a marker slug or id)" }).trim().min(1, { error: "is required (a marker slug or id)" }).max(120),
  startOffset: offset,
  endOffset: offset,
  quote: z.string({ error: "is required" }).min(1, { error: "is required" }).max(5000, { error: "must be at most 5000 characters" }),
  note: z
    .string()
    .trim()
    .max(2000, { error: "must be at most 2000 characters" })
    .nullish()
    .transform((v) => v || null),
});
export type AddAnnotationBody = z.output<typeof addAnnotationBodySchema>;
export type AddAnnotationInput = z.input<typeof addAnnotationBodySchema>;

export const annotationIdSchema = z.uuid();
