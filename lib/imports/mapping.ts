import { z } from "zod";
import { ItemKind } from "../generated/prisma/enums";
import { foldHeader, isTargetField, TARGET_FIELDS, TARGET_FIELD_IDS, type TargetField } from "./target-fields";

/** Column → target field (null: ignored), and the kind of item when no column says. */
export const importMappingSchema = z
  .object({
    columns: z.record(z.string().max(300), z.string().refine(isTargetField, { error: "is not a known target field" }).nullable()),
    defaultKind: z.enum(ItemKind).default("other"),
  })
  .strict()
  .superRefine((mapping, ctx) => {
    const seen = new Map<string, string>();
    for (const [column, target] of Object.entries(mapping.columns)) {
      if (!target) continue;
      const other = seen.get(target);
      if (other) ctx.addIssue({ code: "custom", path: ["columns", column], message: `maps to ${target}, which "${other}" already fills` });
      seen.set(target, column);
    }
  });
export type ImportMapping = z.output<typeof importMappingSchema>;

const SYNONYMS = new Map<string, TargetField>();
for (const field of TARGET_FIELD_IDS) {
  // Exact field ids first ("item.title" from JSON in the ingest shape), then synonyms; the first claim wins.
  SYNONYMS.set(foldHeader(field), field);
}
for (const field of TARGET_FIELD_IDS) {
  for (const synonym of TARGET_FIELDS[field].synonyms) if (!SYNONYMS.has(foldHeader(synonym))) SYNONYMS.set(foldHeader(synonym), field);
}

/**
 * Guesses a mapping from the headers: exact field ids, then synonyms ("seen_at" → observed at), then a
 * header that ends with a synonym ("tweet_url" → content URL). Each target is filled once, by the best header.
 */
export function guessMapping(headers: readonly string[]): ImportMapping {
  const columns: Record<string, TargetField | null> = {};
  const taken = new Set<TargetField>();
  const claim = (header: string, field: TargetField | undefined) => {
    if (!field || taken.has(field) || columns[header]) return;
    columns[header] = field;
    taken.add(field);
  };
  for (const header of headers) columns[header] = null;
  for (const header of headers) claim(header, SYNONYMS.get(foldHeader(header)));
  for (const header of headers) {
    const folded = foldHeader(header);
    if (folded.length < 4) continue;
    for (const [synonym, field] of SYNONYMS) {
      if (synonym.length >= 3 && (folded.endsWith(synonym) || folded.startsWith(synonym))) {
        claim(header, field);
        if (columns[header]) break;
      }
    }
  }
  return { columns, defaultKind: "other" };
}

/** Identifies a file layout regardless of column order, for "saved for next time". */
export function headerSignature(format: string, headers: readonly string[]): string {
  return `${format}:${[...new Set(headers.map(foldHeader))].sort().join("|")}`;
}

/** A saved mapping, reconciled with this file's exact headers (a saved one may miss new columns). */
export function adaptMapping(saved: ImportMapping, headers: readonly string[]): ImportMapping {
  const byFolded = new Map(Object.entries(saved.columns).map(([h, t]) => [foldHeader(h), t]));
  const columns = Object.fromEntries(headers.map((h) => [h, byFolded.get(foldHeader(h)) ?? null]));
  return { columns, defaultKind: saved.defaultKind };
}
