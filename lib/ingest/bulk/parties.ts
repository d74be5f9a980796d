import { Prisma } from "../../generated/prisma/client";
import { normaliseHandle } from "../resolve-references";
import { unique } from "./lookups";
import type { PlannedRow, Tx } from "./types";

export interface Parties {
  /** By name as written; resolved case-insensitively (and via persons' and outlets' aliases). */
  person: (name: string) => string;
  organization: (name: string) => string;
  narrative: (title: string) => string;
  /** By "platform\u0000handle" after normalisation (see accountKey). */
  account: (platform: string, handle: string) => string;
}

/**
 * Find-or-create of every person, outlet, narrative and account the batch names: one SELECT and one INSERT per
 * kind instead of one round trip per reference. Matching is resolve-references' (case-insensitive names,
 * aliases, platform + normalised handle); the first spelling in the batch is the one created.
 */
export async function resolveParties(tx: Tx, rows: readonly PlannedRow[]): Promise<Parties> {
  const items = rows.flatMap((r) => (r.outcome !== "attached" && r.prepared.item ? [r.prepared.item] : []));
  const personNames = items.flatMap((i) => i.persons.flatMap((p) => (p.id ? [] : [p.name!])));
  const orgNames = items.flatMap((i) => i.organizations.flatMap((o) => (o.id ? [] : [o.name!])));
  // Persons have no unique name: serialise their find-or-create so two concurrent batches cannot both create one.
  if (personNames.length) await tx.$queryRaw`SELECT pg_advisory_xact_lock(hashtext('sightline:persons:find-or-create'))::text`;
  const persons = await findOrCreateNamed(tx, "persons", personNames);
  const organizations = await findOrCreateNamed(tx, "organizations", orgNames);
  const narratives = await findOrCreateNarratives(tx, items.flatMap((i) => i.narratives));
  const accounts = await findOrCreateAccounts(tx, rows);
  return {
    person: (name) => persons.get(name.toLowerCase())!,
    organization: (name) => organizations.get(name.toLowerCase())!,
    narrative: (title) => narratives.get(title.toLowerCase())!,
    account: (platform, handle) => accounts.get(accountKey(platform, handle))!,
  };
}

export function accountKey(platform: string, handle: string): string {
  return `${platform.trim().toLowerCase()}\u0000${normaliseHandle(handle)}`;
}

async function findOrCreateNamed(tx: Tx, table: "persons" | "organizations", names: string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  if (!names.length) return out;
  const wanted = unique(names);
  const lower = unique(wanted.map((n) => n.toLowerCase()));
  const rows = await tx.$queryRaw<{ id: string; name: string; aliases: string[] }[]>(Prisma.sql`
    SELECT id::text, name, aliases FROM ${Prisma.raw(table)}
    WHERE deleted_at IS NULL AND (lower(name) = ANY(${lower}::text[]) OR aliases && ${wanted}::text[])
    ORDER BY created_at, id`);
  for (const name of wanted) {
    const key = name.toLowerCase();
    if (out.has(key)) continue;
    const hit = rows.find((r) => r.name.toLowerCase() === key || r.aliases.includes(name));
    if (hit) out.set(key, hit.id);
  }
  const missing = firstSpellings(wanted.filter((n) => !out.has(n.toLowerCase())));
  if (missing.length) {
    // Organizations' names are unique: a concurrent creation (or a deleted twin) is re-read below, not a failure.
    const conflict = table === "organizations" ? Prisma.sql`ON CONFLICT (name) DO NOTHING` : Prisma.empty;
    const created = await tx.$queryRaw<{ id: string; name: string }[]>(Prisma.sql`
      INSERT INTO ${Prisma.raw(table)} (name) SELECT unnest(${missing}::text[]) ${conflict} RETURNING id::text, name`);
    for (const c of created) out.set(c.name.toLowerCase(), c.id);
    const raced = missing.filter((n) => !out.has(n.toLowerCase()));
    if (raced.length) {
      const again = await tx.$queryRaw<{ id: string; name: string }[]>(Prisma.sql`
        SELECT id::text, name FROM organizations WHERE name = ANY(${raced}::text[])`);
      for (const a of again) out.set(a.name.toLowerCase(), a.id);
    }
  }
  return out;
}

async function findOrCreateNarratives(tx: Tx, titles: string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  if (!titles.length) return out;
  const lower = unique(titles.map((t) => t.toLowerCase()));
  const select = async () => {
    const rows = await tx.$queryRaw<{ id: string; title: string }[]>(Prisma.sql`
      SELECT id::text, title FROM narratives WHERE lower(title) = ANY(${lower}::text[]) ORDER BY created_at, id`);
    for (const r of rows) if (!out.has(r.title.toLowerCase())) out.set(r.title.toLowerCase(), r.id);
  };
  await select();
  const missing = firstSpellings(titles.filter((t) => !out.has(t.toLowerCase())));
  if (missing.length) {
    await tx.$executeRaw(Prisma.sql`INSERT INTO narratives (title) SELECT unnest(${missing}::text[]) ON CONFLICT (title) DO NOTHING`);
    await select();
  }
  return out;
}

async function findOrCreateAccounts(tx: Tx, rows: readonly PlannedRow[]): Promise<Map<string, string>> {
  const refs = new Map<string, { platform: string; handle: string; url: string | null }>();
  for (const r of rows) {
    const ref = r.prepared.row.input.sighting.account;
    if (!ref || ref.id) continue;
    const key = accountKey(ref.platform!, ref.handle!);
    if (!refs.has(key)) refs.set(key, { platform: ref.platform!.trim().toLowerCase(), handle: normaliseHandle(ref.handle!), url: ref.url ?? null });
  }
  const out = new Map<string, string>();
  if (!refs.size) return out;
  const all = [...refs.values()];
  const platforms = all.map((a) => a.platform);
  const handles = all.map((a) => a.handle);
  await tx.$executeRaw(Prisma.sql`
    INSERT INTO accounts (platform, handle, url)
    SELECT * FROM unnest(${platforms}::text[], ${handles}::text[], ${all.map((a) => a.url)}::text[])
    ON CONFLICT (platform, handle) DO NOTHING`);
  const found = await tx.$queryRaw<{ id: string; platform: string; handle: string }[]>(Prisma.sql`
    SELECT a.id::text, a.platform, a.handle FROM accounts a
    JOIN unnest(${platforms}::text[], ${handles}::text[]) AS u(platform, handle) ON a.platform = u.platform AND a.handle = u.handle`);
  for (const f of found) out.set(`${f.platform}\u0000${f.handle}`, f.id);
  return out;
}

/** One spelling per case-insensitive name: the first one met, as the row-by-row path would create it. */
function firstSpellings(names: string[]): string[] {
  const seen = new Map<string, string>();
  for (const n of names) if (!seen.has(n.toLowerCase())) seen.set(n.toLowerCase(), n);
  return [...seen.values()];
}
