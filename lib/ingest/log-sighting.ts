import type { IngestChannel, PrismaClient, Prisma } from "../generated/prisma/client";
import { recordAudit, type Actor } from "../audit/record-audit";
import { retryOnConflict } from "../db/transaction-conflict";
import { ApiError } from "../http/errors";
import { refreshDerivedColumns } from "../sightings/derived";
import { fieldError } from "./field-error";
import { platformFields } from "../codes/platforms";
import { sightingVariants, type FillableItem } from "./item-facts";
import { createItem, mergeIntoItem } from "./write-item";
import { resolveAccount } from "./resolve-references";
import type { LogSightingInput } from "./schemas";
import { prepareSubmission, type PreparedUrls } from "./validate-submission";

export interface LogSightingOptions {
  channel: IngestChannel;
  actor: Actor;
  importJobId?: string;
  /**
   * A new item whose canonical URL or file hash is already known: "reject" answers 409 naming the known item
   * (the form, where the person chose in the duplicate panel), "merge" attaches the sighting to it and adds the
   * new links (API and imports, which must be idempotent).
   */
  onDuplicate: "reject" | "merge";
}

export type LogOutcome = "created" | "attached" | "merged";
export interface LogSightingResult {
  itemId: string;
  sightingId: string;
  outcome: LogOutcome;
}

/**
 * The one ingest path (form, REST API, bulk import): normalise → dedup → item + sighting in one transaction →
 * audit → derived columns. Nothing is half-saved: any error rolls the whole submission back.
 */
export async function logSighting(
  prisma: PrismaClient,
  input: LogSightingInput,
  options: LogSightingOptions,
): Promise<LogSightingResult> {
  const urls = prepareSubmission(input);
  // A deadlock's victim (concurrent writers of the same items) runs again rather than failing the fact-checker's save.
  const save = () => retryOnConflict(() => prisma.$transaction((tx) => write(tx, input, urls, options), { timeout: 30_000 }));
  try {
    return await save();
  } catch (error) {
    // Two submissions of the same new URL raced; the loser merges into the winner's item.
    if (options.onDuplicate === "merge" && isUniqueViolation(error)) return save();
    throw error;
  }
}

/**
 * The same save inside a transaction the caller owns (the form adds its evidence rows to it), so every statement
 * of the save goes through that one client and commits or rolls back with the caller's own writes. There is no
 * retry on a unique-key race here: after a failed statement PostgreSQL refuses the rest of the transaction, so the
 * caller's transaction fails whole (the form rejects duplicates anyway).
 */
export async function logSightingInTransaction(
  tx: Prisma.TransactionClient,
  input: LogSightingInput,
  options: LogSightingOptions,
): Promise<LogSightingResult> {
  return write(tx, input, prepareSubmission(input), options);
}

async function write(
  tx: Prisma.TransactionClient,
  input: LogSightingInput,
  urls: PreparedUrls,
  options: LogSightingOptions,
): Promise<LogSightingResult> {
  let itemId: string;
  let outcome: LogOutcome;
  let stored: Pick<FillableItem, "title" | "text" | "archiveUrl" | "notes">;
  if (input.itemId) {
    const item = await tx.item.findFirst({
      where: { id: input.itemId, deletedAt: null },
      select: { id: true, title: true, text: true, archiveUrl: true, notes: true },
    });
    if (!item) throw fieldError("itemId", "no such item");
    itemId = item.id;
    outcome = "attached";
    stored = item;
  } else {
    const itemInput = input.item!;
    const known = await findKnownItem(tx, urls.item?.canonical ?? null, itemInput.fileSha256 ?? null);
    if (known?.deleted) {
      throw new ApiError(409, "duplicate_deleted", `This content was logged as item ${known.id}, which has been deleted`, [
        { path: "item.url", message: `item ${known.id} has this URL and is deleted; an admin can restore it` },
      ]);
    }
    if (known && options.onDuplicate === "reject") {
      throw new ApiError(409, "duplicate", `This content is already logged as item ${known.id}`, [
        { path: known.by === "url" ? "item.url" : "item.fileSha256", message: `already logged as item ${known.id}` },
      ]);
    }
    if (known) {
      itemId = known.id;
      outcome = "merged";
      stored = await mergeIntoItem(tx, itemId, itemInput, urls.item, options.actor);
    } else {
      itemId = await createItem(tx, itemInput, urls.item, options.actor);
      outcome = "created";
      stored = { title: itemInput.title ?? null, text: itemInput.text ?? null, archiveUrl: itemInput.archiveUrl ?? null, notes: itemInput.notes ?? null };
    }
  }

  const s = input.sighting;
  const accountId = await resolveAccount(tx, s.account, "sighting.account");
  // The URL as this submission saw it (youtu.be/ID?t=2640), also when it merged into an item known by another spelling.
  const sightingUrl = urls.sighting ?? urls.item;
  const sighting = await tx.sighting.create({
    data: {
      itemId,
      url: sightingUrl?.original ?? null,
      canonicalUrl: sightingUrl?.canonical ?? null,
      ...platformFields(s.platform ?? input.item?.platform, sightingUrl?.platform),
      ...sightingVariants(stored, input.item ?? null, s, outcome === "merged"),
      accountId,
      observedAt: s.observedAt,
      reportedById: options.actor.kind === "system" ? null : options.actor.userId,
      views: s.views ?? null,
      shares: s.shares ?? null,
      reactions: s.reactions ?? null,
      audienceCountry: s.audienceCountry ?? null,
      channel: options.channel,
      importJobId: options.importJobId ?? null,
    },
  });
  await recordAudit(tx, options.actor, { action: "create", entityType: "sighting", entityId: sighting.id, after: sighting });
  await refreshDerivedColumns(tx, { itemIds: [itemId] });
  return { itemId, sightingId: sighting.id, outcome };
}

async function findKnownItem(tx: Prisma.TransactionClient, canonicalUrl: string | null, sha: string | null) {
  // Deleted items count for the URL: the column is unique, and a re-log should lead to a restore, not a twin.
  if (canonicalUrl) {
    const byUrl = await tx.item.findUnique({ where: { canonicalUrl }, select: { id: true, deletedAt: true } });
    if (byUrl) return { id: byUrl.id, by: "url" as const, deleted: byUrl.deletedAt !== null };
  }
  if (sha) {
    const bySha = await tx.item.findFirst({ where: { fileSha256: sha, deletedAt: null }, select: { id: true } });
    if (bySha) return { id: bySha.id, by: "file" as const, deleted: false };
  }
  return null;
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: string }).code === "P2002";
}
