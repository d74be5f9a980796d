import { Prisma } from "../generated/prisma/client";
import { ApiError } from "../http/errors";

type Tx = Prisma.TransactionClient;

/** "Operation Overload (Matryoshka)" → "operation-overload-matryoshka". */
export function slugify(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 90)
    .replace(/-+$/, "");
}

/**
 * Campaign names are unique regardless of case ("matryoshka" is Matryoshka): a 409 naming `name` and the campaign
 * that has it. Deleted and merged campaigns keep their names (their pages still resolve), so they count too.
 */
export async function assertUniqueName(tx: Tx, name: string, exceptId: string | null): Promise<void> {
  const other = await tx.campaign.findFirst({
    where: { name: { equals: name.trim(), mode: "insensitive" }, ...(exceptId ? { NOT: { id: exceptId } } : {}) },
    select: { name: true, deletedAt: true, mergedIntoId: true },
  });
  if (!other) return;
  const state = other.mergedIntoId ? " (merged into another campaign)" : other.deletedAt ? " (deleted)" : "";
  throw new ApiError(409, "conflict", `Another campaign is already called “${other.name}”${state}`, [
    { path: "name", message: `is already used by campaign “${other.name}”${state}` },
  ]);
}

/** `base`, or `base-2`, `base-3` … : the first slug no campaign has. */
export async function freeSlug(tx: Tx, base: string): Promise<string> {
  const rows = await tx.$queryRaw<{ slug: string }[]>(
    Prisma.sql`SELECT slug FROM campaigns WHERE slug = ${base} OR slug LIKE ${`${base}-%`}`,
  );
  const used = new Set(rows.map((r) => r.slug));
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) if (!used.has(`${base}-${n}`)) return `${base}-${n}`;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Campaigns are addressed by slug in page URLs and by id in the API: either finds the row. */
export function bySlugOrId(value: string): { id: string } | { slug: string } {
  return UUID.test(value) ? { id: value.toLowerCase() } : { slug: value };
}
