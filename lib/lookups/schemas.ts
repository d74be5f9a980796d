import { z } from "zod";

export const LOOKUP_KINDS = ["person", "organization", "account", "narrative", "marker", "campaign", "country", "threat_actor"] as const;
export type LookupKind = (typeof LOOKUP_KINDS)[number];

/** GET /api/lookups?kind=&q=&platform= — typeahead for the form's pick-or-create fields. */
export const lookupQuerySchema = z.strictObject({
  kind: z.enum(LOOKUP_KINDS),
  q: z.string().trim().max(200, { error: "must be at most 200 characters" }).default(""),
  platform: z.string().trim().toLowerCase().max(64).optional(),
  limit: z.coerce.number().int().min(1).max(50).default(10),
});
export type LookupQuery = z.output<typeof lookupQuerySchema>;

/** One suggestion: `id` is what a submission sends (a UUID, a slug or a code), `label` what a person reads. */
export interface LookupOption {
  id: string;
  label: string;
  detail: string | null;
}

export interface DisarmPickerTechnique {
  id: string;
  name: string;
  tacticId: string;
  parentId: string | null;
}
export interface DisarmPickerCatalog {
  tactics: { id: string; name: string; phase: string }[];
  techniques: DisarmPickerTechnique[];
}
