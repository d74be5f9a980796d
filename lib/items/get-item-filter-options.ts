import "server-only";
import type { PrismaClient } from "../generated/prisma/client";
import { db } from "../db";
import { listDistinctItemValues } from "./distinct-values";

/** The values the items filters offer: only those that occur, so no filter leads to a guaranteed empty list. */
export async function getItemFilterOptions(client: PrismaClient = db) {
  const [platforms, languages, countries, campaigns] = await Promise.all([
    listDistinctItemValues(client, "platform"),
    listDistinctItemValues(client, "language"),
    client.$queryRaw<{ code: string }[]>`
      SELECT DISTINCT unnest(target_countries) AS code FROM items WHERE deleted_at IS NULL ORDER BY 1`,
    client.campaign.findMany({
      where: { deletedAt: null, mergedIntoId: null },
      select: { slug: true, name: true },
      orderBy: { name: "asc" },
    }),
  ]);
  return { platforms, languages, countries: countries.map((c) => c.code), campaigns };
}

export type ItemFilterOptions = Awaited<ReturnType<typeof getItemFilterOptions>>;
