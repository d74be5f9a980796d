import "server-only";
import { getAlpha2Codes } from "i18n-iso-countries/index.js";
import type { PrismaClient } from "../generated/prisma/client";
import { db } from "../db";
import { listDistinctItemValues, listItemLanguages } from "./distinct-values";

/** The values the items filters offer: only those that occur, so no filter leads to a guaranteed empty list. */
export async function getItemFilterOptions(client: PrismaClient = db) {
  const [platforms, languages, countries, campaigns] = await Promise.all([
    listDistinctItemValues(client, "platform"),
    listItemLanguages(client),
    // One GIN probe per ISO code instead of unnesting every item's array.
    client.$queryRaw<{ code: string }[]>`
      SELECT code FROM unnest(${Object.keys(getAlpha2Codes())}::text[]) AS code
      WHERE EXISTS (SELECT 1 FROM items WHERE target_countries @> ARRAY[code] AND deleted_at IS NULL)
      ORDER BY 1`,
    client.campaign.findMany({
      where: { deletedAt: null, mergedIntoId: null },
      select: { slug: true, name: true },
      orderBy: { name: "asc" },
    }),
  ]);
  return { platforms, languages, countries: countries.map((c) => c.code), campaigns };
}

export type ItemFilterOptions = Awaited<ReturnType<typeof getItemFilterOptions>>;
