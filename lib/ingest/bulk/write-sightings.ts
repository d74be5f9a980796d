import { Prisma } from "../../generated/prisma/client";
import type { Actor } from "../../audit/record-audit";
import { platformFields } from "../../codes/platforms";
import type { Parties } from "./parties";
import type { BulkOptions, PlannedRow, Tx } from "./types";

interface SightingValues {
  id: string;
  itemId: string;
  url: string | null;
  canonicalUrl: string | null;
  platform: string | null;
  platformRaw: string | null;
  accountId: string | null;
  observedAt: string;
  reportedById: string | null;
  views: number | null;
  shares: number | null;
  reactions: number | null;
  audienceCountry: string | null;
  notes: string | null;
  archiveUrl: string | null;
  title: string | null;
  text: string | null;
  channel: string;
  importJobId: string | null;
}

/** The sighting each row logs, as logSighting builds it: the URL as the row saw it, and what it keeps of the row (variants). */
export function sightingValues(rows: readonly PlannedRow[], parties: Parties, options: BulkOptions): SightingValues[] {
  const reportedById = options.actor.kind === "system" ? null : options.actor.userId;
  return rows.map((r) => {
    const s = r.prepared.row.input.sighting;
    const url = r.prepared.urls.sighting ?? r.prepared.urls.item;
    const account = s.account ? (s.account.id ?? parties.account(s.account.platform!, s.account.handle!)) : null;
    return {
      id: r.sightingId,
      itemId: r.target.id,
      url: url?.original ?? null,
      canonicalUrl: url?.canonical ?? null,
      ...platformFields(s.platform ?? r.prepared.item?.platform, url?.platform),
      accountId: account,
      observedAt: s.observedAt.toISOString(),
      reportedById,
      views: s.views ?? null,
      shares: s.shares ?? null,
      reactions: s.reactions ?? null,
      audienceCountry: s.audienceCountry ?? null,
      ...r.variants,
      channel: options.channel,
      importJobId: options.importJobId ?? null,
    };
  });
}

export async function insertSightings(tx: Tx, values: readonly SightingValues[]): Promise<void> {
  if (!values.length) return;
  const col = <K extends keyof SightingValues>(k: K) => values.map((v) => v[k]);
  await tx.$executeRaw(Prisma.sql`
    INSERT INTO sightings (id, item_id, url, canonical_url, platform, platform_raw, account_id, observed_at, reported_by_id, views, shares,
      reactions, audience_country, notes, archive_url, title, text, channel, import_job_id)
    SELECT u.id, u.item, u.url, u.canonical, u.platform, u.platform_raw, u.account, u.observed, u.reporter, u.views, u.shares, u.reactions,
      u.country, u.notes, u.archive, u.title, u.text, u.channel::"IngestChannel", u.job
    FROM unnest(${col("id")}::uuid[], ${col("itemId")}::uuid[], ${col("url")}::text[], ${col("canonicalUrl")}::text[], ${col("platform")}::text[],
      ${col("platformRaw")}::text[], ${col("accountId")}::uuid[], ${col("observedAt")}::timestamptz[], ${col("reportedById")}::uuid[], ${col("views")}::bigint[],
      ${col("shares")}::bigint[], ${col("reactions")}::bigint[], ${col("audienceCountry")}::text[], ${col("notes")}::text[],
      ${col("archiveUrl")}::text[], ${col("title")}::text[], ${col("text")}::text[], ${col("channel")}::text[], ${col("importJobId")}::uuid[])
      AS u(id, item, url, canonical, platform, platform_raw, account, observed, reporter, views, shares, reactions, country, notes, archive,
        title, text, channel, job)`);
}

export interface AuditRow {
  action: string;
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
}

/** recordAudit for many events at once: same actor, one statement, in the batch's transaction. */
export async function insertAudit(tx: Tx, actor: Actor, events: readonly AuditRow[]): Promise<void> {
  if (!events.length) return;
  const json = (v: unknown) => (v === undefined || v === null ? null : JSON.stringify(v, (_k, x: unknown) => (typeof x === "bigint" ? x.toString() : x)));
  const actorId = actor.kind === "system" ? null : actor.userId;
  const requestId = actor.kind === "api_token" ? `token:${actor.tokenId}` : null;
  await tx.$executeRaw(Prisma.sql`
    INSERT INTO audit_events (actor_kind, actor_id, action, entity_type, entity_id, before, after, request_id)
    SELECT ${actor.kind}::"ActorKind", ${actorId}::uuid, u.action, u.entity_type, u.entity_id, u.before::jsonb, u.after::jsonb, ${requestId}
    FROM unnest(${events.map((e) => e.action)}::text[], ${events.map((e) => e.entityType)}::text[], ${events.map((e) => e.entityId)}::text[],
      ${events.map((e) => json(e.before))}::text[], ${events.map((e) => json(e.after))}::text[]) AS u(action, entity_type, entity_id, before, after)`);
}

/** The rows' ImportJobRow records, in the same transaction as what they describe: both commit, or neither. */
export async function insertJobRows(tx: Tx, jobId: string, rows: readonly PlannedRow[]): Promise<void> {
  if (!rows.length) return;
  await tx.$executeRaw(Prisma.sql`
    INSERT INTO import_job_rows (job_id, row_number, row_key, status, item_id, sighting_id)
    SELECT ${jobId}::uuid, u.n, u.k, u.s::"ImportRowStatus", u.i, u.sid
    FROM unnest(${rows.map((r) => r.prepared.row.rowNumber)}::int[], ${rows.map((r) => r.prepared.row.rowKey)}::text[],
      ${rows.map((r) => (r.outcome === "created" ? "created" : "merged"))}::text[], ${rows.map((r) => r.target.id)}::uuid[],
      ${rows.map((r) => r.sightingId)}::uuid[]) AS u(n, k, s, i, sid)`);
}
