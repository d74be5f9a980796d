import "server-only";
import { getAlpha2Codes } from "i18n-iso-countries/index.js";
import { countryName } from "../codes/countries";
import { foldName } from "../codes/fold-name";
import type { PrismaClient } from "../generated/prisma/client";
import type { LookupOption, LookupQuery } from "./schemas";

const contains = (q: string) => ({ contains: q, mode: "insensitive" as const });

/**
 * Typeahead suggestions, best first: prefix matches before inner matches (the trigram indexes on the name
 * columns serve the ILIKE). Deleted parties are never suggested. An empty query lists the first few.
 */
export async function searchLookups(prisma: PrismaClient, query: LookupQuery): Promise<LookupOption[]> {
  const { kind, q, limit } = query;
  const take = limit * 3;
  let options: LookupOption[];
  switch (kind) {
    case "person": {
      const rows = await prisma.person.findMany({
        where: { deletedAt: null, ...(q ? { OR: [{ name: contains(q) }, { aliases: { has: q } }] } : {}) },
        select: { id: true, name: true, description: true },
        orderBy: { name: "asc" },
        take,
      });
      options = rows.map((r) => ({ id: r.id, label: r.name, detail: r.description }));
      break;
    }
    case "organization": {
      const rows = await prisma.organization.findMany({
        where: { deletedAt: null, ...(q ? { OR: [{ name: contains(q) }, { aliases: { has: q } }, { domain: contains(q) }] } : {}) },
        select: { id: true, name: true, kind: true, domain: true },
        orderBy: { name: "asc" },
        take,
      });
      options = rows.map((r) => ({ id: r.id, label: r.name, detail: [r.kind.replace(/_/g, " "), r.domain].filter(Boolean).join(" · ") }));
      break;
    }
    case "account": {
      const handle = q.replace(/^@+/, "");
      const rows = await prisma.account.findMany({
        where: {
          deletedAt: null,
          ...(query.platform ? { platform: query.platform } : {}),
          ...(handle ? { OR: [{ handle: contains(handle) }, { displayName: contains(handle) }] } : {}),
        },
        select: { id: true, handle: true, platform: true, displayName: true },
        orderBy: { handle: "asc" },
        take,
      });
      options = rows.map((r) => ({ id: r.id, label: `@${r.handle}`, detail: [r.platform, r.displayName].filter(Boolean).join(" · ") }));
      break;
    }
    case "narrative": {
      const rows = await prisma.narrative.findMany({
        where: { deletedAt: null, ...(q ? { title: contains(q) } : {}) },
        select: { id: true, title: true, claim: true },
        orderBy: { title: "asc" },
        take,
      });
      options = rows.map((r) => ({ id: r.id, label: r.title, detail: r.claim }));
      break;
    }
    case "marker": {
      const rows = await prisma.languageMarker.findMany({
        where: { deletedAt: null, ...(q ? { OR: [{ name: contains(q) }, { slug: contains(q) }, { category: contains(q) }] } : {}) },
        select: { slug: true, name: true, category: true, description: true },
        orderBy: { name: "asc" },
        take,
      });
      options = rows.map((r) => ({ id: r.slug, label: r.name, detail: r.description ?? r.category }));
      break;
    }
    case "campaign": {
      const rows = await prisma.campaign.findMany({
        where: { deletedAt: null, ...(q ? { OR: [{ name: contains(q) }, { slug: contains(q) }, { aliases: { has: q } }] } : {}) },
        select: { slug: true, name: true, aliases: true },
        orderBy: { name: "asc" },
        take,
      });
      options = rows.map((r) => ({ id: r.slug, label: r.name, detail: r.aliases.join(", ") || null }));
      break;
    }
    case "threat_actor": {
      const rows = await prisma.threatActor.findMany({
        where: { deletedAt: null, ...(q ? { OR: [{ name: contains(q) }, { aliases: { has: q } }] } : {}) },
        select: { id: true, name: true, kind: true, country: true },
        orderBy: { name: "asc" },
        take,
      });
      options = rows.map((r) => ({ id: r.id, label: r.name, detail: [r.kind.replace(/_/g, " "), r.country].filter(Boolean).join(" · ") || null }));
      break;
    }
    case "country":
      options = searchCountries(q);
      break;
  }
  return rankByPrefix(options, q).slice(0, limit);
}

/** Countries by code ("PL") or English name ("pol" → Poland), from the same registry that validates input. */
function searchCountries(q: string): LookupOption[] {
  const folded = foldName(q);
  const all = Object.keys(getAlpha2Codes()).map((code) => ({ id: code, label: countryName(code) ?? code, detail: code }));
  if (!folded) return all.sort((a, b) => a.label.localeCompare(b.label));
  return all.filter((c) => c.id.toLowerCase() === q.trim().toLowerCase() || foldName(c.label).includes(folded));
}

function rankByPrefix(options: LookupOption[], q: string): LookupOption[] {
  const needle = foldName(q.replace(/^@+/, ""));
  if (!needle) return options;
  const rank = (o: LookupOption) => {
    if (o.id.toLowerCase() === q.trim().toLowerCase()) return 0;
    const label = foldName(o.label.replace(/^@+/, ""));
    return label === needle ? 0 : label.startsWith(needle) ? 1 : 2;
  };
  return options.map((o, i) => ({ o, i, r: rank(o) })).sort((a, b) => a.r - b.r || a.i - b.i).map((x) => x.o);
}
