import type { PartyRole, Prisma } from "../generated/prisma/client";
import { fieldError } from "./field-error";

type Tx = Prisma.TransactionClient;
interface PartyRef {
  id?: string;
  name?: string;
  role: PartyRole;
  note?: string;
}

/**
 * Find-or-create of the people, outlets, accounts and narratives a submission names, inside the write's
 * transaction. Names match case-insensitively (and persons' aliases), so "alan read" does not create a second
 * Alan Read; an id that does not exist is an error naming the field, never a silent creation.
 */
export async function resolvePersons(tx: Tx, refs: readonly PartyRef[], field: string) {
  const out: { personId: string; role: PartyRole; note?: string }[] = [];
  for (const [i, ref] of refs.entries()) {
    let id = ref.id;
    if (id) {
      if (!(await tx.person.findFirst({ where: { id, deletedAt: null }, select: { id: true } }))) {
        throw fieldError(`${field}[${i}].id`, "no such person");
      }
    } else {
      const name = ref.name!;
      const found = await tx.person.findFirst({
        where: { deletedAt: null, OR: [{ name: { equals: name, mode: "insensitive" } }, { aliases: { has: name } }] },
        select: { id: true },
      });
      id = found?.id ?? (await tx.person.create({ data: { name }, select: { id: true } })).id;
    }
    out.push({ personId: id, role: ref.role, note: ref.note });
  }
  return dedupeBy(out, (p) => `${p.personId}:${p.role}`);
}

export async function resolveOrganizations(tx: Tx, refs: readonly PartyRef[], field: string) {
  const out: { organizationId: string; role: PartyRole; note?: string }[] = [];
  for (const [i, ref] of refs.entries()) {
    let id = ref.id;
    if (id) {
      if (!(await tx.organization.findFirst({ where: { id, deletedAt: null }, select: { id: true } }))) {
        throw fieldError(`${field}[${i}].id`, "no such organization");
      }
    } else {
      const name = ref.name!;
      const found = await tx.organization.findFirst({
        where: { deletedAt: null, OR: [{ name: { equals: name, mode: "insensitive" } }, { aliases: { has: name } }] },
        select: { id: true },
      });
      id = found?.id ?? (await tx.organization.create({ data: { name }, select: { id: true } })).id;
    }
    out.push({ organizationId: id, role: ref.role, note: ref.note });
  }
  return dedupeBy(out, (o) => `${o.organizationId}:${o.role}`);
}

export function normaliseHandle(handle: string): string {
  return handle.trim().replace(/^@+/, "").toLowerCase();
}

export async function resolveAccount(
  tx: Tx,
  ref: { id?: string; platform?: string; handle?: string; url?: string } | undefined,
  field: string,
): Promise<string | null> {
  if (!ref) return null;
  if (ref.id) {
    if (!(await tx.account.findFirst({ where: { id: ref.id, deletedAt: null }, select: { id: true } }))) {
      throw fieldError(`${field}.id`, "no such account");
    }
    return ref.id;
  }
  const platform = ref.platform!.trim().toLowerCase();
  const handle = normaliseHandle(ref.handle!);
  if (!handle) throw fieldError(`${field}.handle`, "is empty");
  const account = await tx.account.upsert({
    where: { platform_handle: { platform, handle } },
    create: { platform, handle, url: ref.url },
    update: {},
    select: { id: true },
  });
  return account.id;
}

export async function resolveNarratives(tx: Tx, titles: readonly string[]): Promise<string[]> {
  const ids: string[] = [];
  for (const title of new Set(titles)) {
    const found = await tx.narrative.findFirst({ where: { title: { equals: title, mode: "insensitive" } }, select: { id: true } });
    ids.push(found?.id ?? (await tx.narrative.create({ data: { title }, select: { id: true } })).id);
  }
  return ids;
}

/** Markers are a controlled vocabulary: they are referenced (by id or slug), never created by a submission. */
export async function resolveMarkers(tx: Tx, refs: readonly string[], field: string): Promise<string[]> {
  const ids: string[] = [];
  for (const [i, ref] of refs.entries()) ids.push(await resolveMarker(tx, ref, `${field}[${i}].marker`));
  return ids;
}

/** One live marker by id, slug or name; an unknown or deleted one is a 422 naming `path`. */
export async function resolveMarker(tx: Tx, ref: string, path: string): Promise<string> {
  const isUuid = /^[0-9a-f-]{36}$/i.test(ref);
  const marker = await tx.languageMarker.findFirst({
    where: isUuid ? { OR: [{ id: ref }, { slug: ref }] } : { OR: [{ slug: ref }, { name: { equals: ref, mode: "insensitive" } }] },
    select: { id: true, deletedAt: true },
  });
  if (!marker) throw fieldError(path, `unknown language marker "${ref.slice(0, 80)}"`);
  if (marker.deletedAt) throw fieldError(path, `the language marker "${ref.slice(0, 80)}" has been deleted`);
  return marker.id;
}

function dedupeBy<T>(values: T[], key: (v: T) => string): T[] {
  const seen = new Map<string, T>();
  for (const v of values) if (!seen.has(key(v))) seen.set(key(v), v);
  return [...seen.values()];
}
