import { z } from "zod";
import { countryCodeSchema, countryInputSchema, languageInputSchema, languageTagSchema } from "../codes/schemas";
import { ItemKind, Manipulation, PartyRole, Verdict } from "../generated/prisma/enums";

/**
 * One sighting as the form, the REST API and the bulk import submit it: either attached to a known item
 * (`itemId`) or with the item it shows. Codes are validated here (ISO 3166-1, BCP 47); DISARM ids and marker
 * references are checked against reference data when stored. `lenient` accepts country and language names
 * (imports); the form and API take codes.
 */
const text = (max: number) => z.string().trim().max(max, { error: `must be at most ${max} characters` });
const optionalText = (max: number) =>
  text(max)
    .optional()
    .nullable()
    .transform((v) => v || undefined);
const date = z.coerce.date({ error: "must be an ISO 8601 date or date-time" }).refine((d) => !Number.isNaN(d.getTime()), {
  error: "must be an ISO 8601 date or date-time",
});
/** Stored URLs that are not the content's own (archive copies, account pages) must still be http(s). */
const httpUrl = text(2048)
  .refine((value) => value === "" || /^https?:\/\/[^\s]+$/i.test(value), { error: "must be an http(s) URL" })
  .optional()
  .nullable()
  .transform((v) => v || undefined);
const count = z.coerce.number().int({ error: "must be a whole number" }).min(0, { error: "must be ≥ 0" }).max(1e13).optional().nullable();
const uuid = z.uuid({ error: "must be a UUID" });

const partyRef = z
  .object({ id: uuid.optional(), name: text(300).min(1).optional(), role: z.enum(PartyRole), note: optionalText(2000) })
  .strict()
  .refine((p) => p.id || p.name, { error: "needs an id or a name", path: ["name"] });

const accountRef = z
  .object({ id: uuid.optional(), platform: text(64).min(1).optional(), handle: text(200).min(1).optional(), url: httpUrl })
  .strict()
  .refine((a) => a.id || (a.platform && a.handle), { error: "needs an id, or a platform and a handle", path: ["handle"] });

const annotation = z
  .object({
    marker: text(120).min(1, { error: "is required (a marker id or slug)" }),
    quote: text(5000).min(1, { error: "is required" }),
    startOffset: z.number().int().min(0).optional(),
    endOffset: z.number().int().min(0).optional(),
    note: optionalText(2000),
  })
  .strict();

function itemSchema(lenient: boolean) {
  const country = lenient ? countryInputSchema : countryCodeSchema;
  const language = lenient ? languageInputSchema : languageTagSchema;
  return z
    .object({
      /** Optional: without it the kind follows from the URL (a YouTube link is a video, a t.me link a post). */
      kind: z.enum(ItemKind).optional(),
      title: optionalText(500),
      text: optionalText(100_000),
      url: optionalText(2048),
      platform: optionalText(64),
      /** BCP 47 tags, the main one first. Without any, the detected language of the text is stored, marked as detected. */
      languages: z.array(language).max(20).default([]),
      /** The former single field, still accepted (scripts and API clients send it): a one-element `languages`. */
      language: language.optional().nullable(),
      publishedAt: date.optional().nullable(),
      verdict: z.enum(Verdict).default("unverified"),
      manipulations: z.array(z.enum(Manipulation)).max(20).default([]),
      targetCountries: z.array(country).max(250).default([]),
      fileSha256: z.string().trim().toLowerCase().regex(/^[0-9a-f]{64}$/, { error: "must be a SHA-256 hex digest" }).optional().nullable(),
      archiveUrl: httpUrl,
      notes: optionalText(20_000),
      persons: z.array(partyRef).max(100).default([]),
      organizations: z.array(partyRef).max(100).default([]),
      narratives: z.array(text(500).min(1)).max(50).default([]),
      techniques: z.array(text(20)).max(100).default([]),
      annotations: z.array(annotation).max(200).default([]),
      campaign: z.string().trim().regex(/^[a-z0-9][a-z0-9-]{0,99}$/, { error: "must be a campaign slug" }).optional(),
    })
    .strict()
    .refine((i) => i.title || i.text || i.url || i.fileSha256, {
      error: "an item needs at least a title, a text, a URL or a file hash",
      path: ["title"],
    })
    .transform(({ language, ...item }) => ({ ...item, languages: [...new Set(language ? [language, ...item.languages] : item.languages)] }));
}

function sightingSchema(lenient: boolean) {
  return z
    .object({
      url: optionalText(2048),
      platform: optionalText(64),
      observedAt: date,
      account: accountRef.optional(),
      views: count,
      shares: count,
      reactions: count,
      audienceCountry: (lenient ? countryInputSchema : countryCodeSchema).optional().nullable(),
      notes: optionalText(20_000),
      /** This sighting's own archive copy. */
      archiveUrl: httpUrl,
      /** The title and text as written where this sighting was seen, when they differ from the item's. */
      title: optionalText(500),
      text: optionalText(100_000),
    })
    .strict();
}

export function logSightingSchema(options: { lenient?: boolean } = {}) {
  const lenient = options.lenient ?? false;
  return z
    .object({
      itemId: uuid.optional(),
      item: itemSchema(lenient).optional(),
      sighting: sightingSchema(lenient),
    })
    .strict()
    .refine((b) => Boolean(b.itemId) !== Boolean(b.item), {
      error: "give either itemId (attach to a known item) or item (a new one), not both",
      path: ["item"],
    });
}

export const logSightingBodySchema = logSightingSchema();
export type LogSightingInput = z.output<ReturnType<typeof logSightingSchema>>;
export type ItemInput = NonNullable<LogSightingInput["item"]>;
export type SightingInput = LogSightingInput["sighting"];
