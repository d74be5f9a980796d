import { refreshDerivedColumns } from "../../sightings/derived";
import { auditEvents } from "./audit-events";
import { lookUp } from "./lookups";
import { resolveParties } from "./parties";
import { planRows } from "./plan";
import { prepareRows } from "./prepare";
import type { BulkOptions, BulkRow, BulkRowResult, Target, Tx } from "./types";
import { insertItems, updateKnownItems } from "./write-items";
import { insertLinks } from "./write-links";
import { insertAudit, insertJobRows, insertSightings, sightingValues } from "./write-sightings";

export { BulkRaceError } from "./write-items";
export type { BulkOptions, BulkRow, BulkRowResult } from "./types";

/**
 * logSighting (onDuplicate "merge") for up to a few thousand rows at once, set-based, inside the caller's
 * transaction: a fixed number of statements per batch instead of ~10 per row. Per-row checks and all dedup
 * decisions are made in JS before anything is written (see planRows), so a bad row fails alone, naming its field,
 * and writes nothing. Rows are decided in input order, so the outcome equals submitting them one by one.
 * Throws BulkRaceError when another writer created one of the batch's new URLs meanwhile: the caller rolls the
 * transaction back and retries, and the retry merges into that item.
 */
export async function ingestBatch(tx: Tx, rows: readonly BulkRow[], options: BulkOptions): Promise<BulkRowResult[]> {
  const phase = phaseTimer(options.onPhase);
  const { prepared, failed: invalid } = prepareRows(rows);
  phase("prepare");
  const lookups = await lookUp(tx, prepared);
  phase("lookups");
  const { planned, failed: refused } = planRows(prepared, lookups);
  phase("plan");
  if (planned.length) {
    const parties = await resolveParties(tx, planned);
    phase("parties");
    const newTargets = unique(planned.filter((r) => r.outcome === "created").map((r) => r.target));
    await insertItems(tx, newTargets, planned, options.actor);
    phase("items");
    await updateKnownItems(tx, planned);
    phase("merges");
    await insertLinks(tx, planned, parties, lookups, options.actor);
    phase("links");
    const sightings = sightingValues(planned, parties, options);
    await insertSightings(tx, sightings);
    phase("sightings");
    await insertAudit(tx, options.actor, auditEvents(planned, sightings, options.actor.kind === "system" ? null : options.actor.userId));
    phase("audit");
    if (options.importJobId) await insertJobRows(tx, options.importJobId, planned);
    phase("job rows");
    // New items were written with their derived columns already, known ones moved on by updateKnownItems: the
    // refresh finds them up to date (and writes nothing) but brings their campaigns' counts along, and those of
    // new items linked to a campaign.
    const stale = unique(planned.map((r) => r.target)).filter((t) => !t.isNew || t.creator?.prepared.item?.campaign);
    await refreshDerivedColumns(tx, { itemIds: stale.map((t) => t.id) });
    phase("derived");
  }
  const written: BulkRowResult[] = planned.map((r) => ({
    rowNumber: r.prepared.row.rowNumber,
    rowKey: r.prepared.row.rowKey,
    status: r.outcome === "created" ? "created" : "merged",
    itemId: r.target.id,
    sightingId: r.sightingId,
    recorded: Boolean(options.importJobId),
  }));
  return [...written, ...invalid, ...refused].sort((a, b) => a.rowNumber - b.rowNumber);
}

/** Reports the time since the previous call under a phase name (benchmarks profile batches with it). */
function phaseTimer(onPhase: BulkOptions["onPhase"]) {
  let last = performance.now();
  return (name: string) => {
    if (!onPhase) return;
    const now = performance.now();
    onPhase(name, now - last);
    last = now;
  };
}

function unique(targets: Target[]): Target[] {
  return [...new Set(targets)];
}
