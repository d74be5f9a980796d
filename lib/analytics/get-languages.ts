import "server-only";
import type { PrismaClient } from "../generated/prisma/client";
import { db } from "../db";
import { itemFilterSql, sightingFilterSql } from "../filters/dataset-filter-sql";
import type { DatasetFilter } from "../filters/dataset-filter";

export interface LanguageRow {
  /** BCP 47 tag; "" for items without a language. */
  language: string;
  items: number;
  sightings: number;
}

/** Items and sightings per content language (the item's language). */
export async function getLanguages(filter: DatasetFilter, client: PrismaClient = db) {
  const [items, sightings] = await Promise.all([
    client.$queryRaw<{ language: string; n: number }[]>`
      SELECT coalesce(i.language, '') AS language, count(*)::int AS n FROM items i WHERE ${itemFilterSql(filter)} GROUP BY 1`,
    client.$queryRaw<{ language: string; n: number }[]>`
      SELECT coalesce(i.language, '') AS language, count(*)::int AS n
      FROM sightings s JOIN items i ON i.id = s.item_id WHERE ${sightingFilterSql(filter)} GROUP BY 1`,
  ]);
  const rows = new Map<string, LanguageRow>();
  for (const r of items) rows.set(r.language, { language: r.language, items: r.n, sightings: 0 });
  for (const r of sightings) {
    const row = rows.get(r.language) ?? { language: r.language, items: 0, sightings: 0 };
    row.sightings = r.n;
    rows.set(r.language, row);
  }
  return { languages: [...rows.values()].sort((a, b) => b.items - a.items || a.language.localeCompare(b.language)) };
}

export type Languages = Awaited<ReturnType<typeof getLanguages>>;
