import { z } from "zod";
import { optionalPlatformSchema } from "../codes/schemas";
import { ItemKind, Verdict } from "../generated/prisma/enums";

export const ITEM_KINDS = Object.values(ItemKind);
export const VERDICTS = Object.values(Verdict);
export const ITEM_SORTS = ["first_seen", "last_seen", "sightings", "title", "created"] as const;
export const SORT_DIRECTIONS = ["desc", "asc"] as const;
export const PAGE_SIZES = [25, 50, 100] as const;
export type ItemSort = (typeof ITEM_SORTS)[number];

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: `must be at most ${max} characters` })
    .optional()
    .transform((value) => value || undefined);

/**
 * Light BCP 47 check shared with the browser (the full registry in lib/codes is too heavy for a client bundle):
 * the tag must be well-formed and is returned in canonical case ("pt-br" → "pt-BR").
 */
export const languageTag = z.string().transform((value, ctx) => {
  try {
    const [canonical] = Intl.getCanonicalLocales(value.trim());
    if (canonical) return canonical;
  } catch {
    // RangeError: not a well-formed tag
  }
  ctx.addIssue({ code: "custom", message: `must be a BCP 47 language tag (e.g. pl, pt-BR); got "${value.slice(0, 40)}"` });
  return z.NEVER;
});

export const countryCode = z
  .string()
  .trim()
  .regex(/^[A-Za-z]{2}$/, { error: "must be an ISO 3166-1 alpha-2 country code (e.g. PL)" })
  .transform((value) => value.toUpperCase());

/** Query of GET /api/items and of the /items page URL; unknown parameters are refused so typos are not silent. */
export const listItemsQuerySchema = z.strictObject({
  q: optionalText(200),
  kind: z.enum(ItemKind).optional(),
  verdict: z.enum(Verdict).optional(),
  platform: optionalPlatformSchema,
  language: languageTag.optional(),
  country: countryCode.optional(),
  campaign: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]{0,99}$/, { error: "must be a campaign slug (lower-case letters, digits, dashes)" })
    .optional(),
  sort: z.enum(ITEM_SORTS).default("first_seen"),
  dir: z.enum(SORT_DIRECTIONS).default("desc"),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce
    .number()
    .int()
    .refine((n) => (PAGE_SIZES as readonly number[]).includes(n), { error: `must be one of ${PAGE_SIZES.join(", ")}` })
    .default(25),
});

export type ListItemsQuery = z.input<typeof listItemsQuerySchema>;
/** Normalised filters: also the items list query key, so server prefetch and browser share one cache entry. */
export type ItemsListFilters = z.output<typeof listItemsQuerySchema>;

export const itemIdSchema = z.uuid({ error: "must be a UUID" });
