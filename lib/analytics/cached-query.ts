import "server-only";
import type { PrismaClient } from "../generated/prisma/client";

/**
 * Analytics aggregates scan every sighting of the subset; on 300k sightings that is hundreds of milliseconds, and the
 * same few views (the unfiltered page, a campaign's charts) are opened again and again between writes. Every write
 * in Sightline leaves an audit event in the same transaction (lib/audit), so the newest audit event id is an exact,
 * cheap (primary-key probe) version of the data: a result is reused only while no write has happened since it was
 * computed. The cache is per process; with several instances each keeps its own, which is only less effective.
 */
const MAX_ENTRIES = 300;
type Entries = Map<string, { version: string; value: Promise<unknown> }>;
/** Per database client: two databases in one process (tests, benches) never share entries. */
const caches = new WeakMap<PrismaClient, Entries>();

export async function dataVersion(client: PrismaClient): Promise<string> {
  const [{ v }] = await client.$queryRaw<{ v: string | null }[]>`SELECT max(id)::text AS v FROM audit_events`;
  return v ?? "0";
}

/**
 * `version` lets one request share a single version read across its queries (a page prefetching seven charts);
 * by default each call reads its own.
 */
export async function cachedQuery<T>(
  client: PrismaClient,
  name: string,
  args: unknown,
  run: () => Promise<T>,
  version: Promise<string> = dataVersion(client),
): Promise<T> {
  const key = `${name}:${JSON.stringify(args)}`;
  let entries = caches.get(client);
  if (!entries) caches.set(client, (entries = new Map()));
  const current = await version;
  const hit = entries.get(key);
  if (hit && hit.version === current) {
    // Least recently used goes first: re-insert on every hit.
    entries.delete(key);
    entries.set(key, hit);
    return hit.value as Promise<T>;
  }
  const value = run();
  entries.set(key, { version: current, value });
  value.catch(() => entries.delete(key));
  while (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value!);
  return value;
}
