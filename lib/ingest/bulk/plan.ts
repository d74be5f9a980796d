import { randomUUID } from "node:crypto";
import { ApiError } from "../../http/errors";
import { fieldError } from "../field-error";
import { textFingerprint } from "../fingerprint";
import { normaliseHandle } from "../resolve-references";
import type { KnownItem, Lookups } from "./lookups";
import { failure } from "./prepare";
import type { BulkRowResult, PlannedRow, PreparedRow, Target } from "./types";

/**
 * Decides, row by row in input order and in JS, what logSighting with onDuplicate "merge" would have done had
 * the rows been submitted one after another: create, merge into a known item (by canonical URL, then file hash),
 * merge into an item an earlier row of the batch creates, or fail naming the field. Every reference check happens
 * here, before anything is written, so a failing row writes nothing and the rest carry on.
 */
export function planRows(rows: readonly PreparedRow[], lookups: Lookups): { planned: PlannedRow[]; failed: BulkRowResult[] } {
  const known = new Map<string, Target>();
  const targetOf = (item: KnownItem): Target => {
    let target = known.get(item.id);
    if (!target) {
      target = { id: item.id, isNew: false, creator: null, targetCountries: item.targetCountries, manipulations: item.manipulations, grew: 0 };
      known.set(item.id, target);
    }
    return target;
  };
  const byUrl = new Map<string, Target>();
  const bySha = new Map<string, Target>();
  const planned: PlannedRow[] = [];
  const failed: BulkRowResult[] = [];
  for (const prepared of rows) {
    try {
      planned.push(planOne(prepared));
    } catch (error) {
      failed.push(failure(prepared.row, error));
    }
  }
  return { planned, failed };

  function planOne(prepared: PreparedRow): PlannedRow {
    const { row, item, urls } = prepared;
    const sightingId = randomUUID();
    if (!item) {
      const id = row.input.itemId!;
      if (!lookups.liveItemIds.has(id)) throw fieldError("itemId", "no such item");
      checkAccount(prepared);
      const target = known.get(id) ?? { id, isNew: false, creator: null, targetCountries: [], manipulations: [], grew: 0 };
      known.set(id, target);
      return { prepared, target, outcome: "attached", sightingId };
    }
    const url = urls.item?.canonical ?? null;
    const sha = item.fileSha256 ?? null;
    let target = (url && byUrl.get(url)) || null;
    if (!target && url && lookups.byUrl.has(url)) {
      const hit = lookups.byUrl.get(url)!;
      if (hit.deleted) {
        throw new ApiError(409, "duplicate_deleted", `This content was logged as item ${hit.id}, which has been deleted`, [
          { path: "item.url", message: `item ${hit.id} has this URL and is deleted; an admin can restore it` },
        ]);
      }
      target = targetOf(hit);
    }
    if (!target && sha) target = bySha.get(sha) ?? (lookups.bySha.has(sha) ? targetOf(lookups.bySha.get(sha)!) : null);
    checkLinks(prepared, !target);
    checkAccount(prepared);
    if (target) {
      const before = { targetCountries: target.targetCountries, manipulations: target.manipulations };
      const after = {
        targetCountries: [...new Set([...before.targetCountries, ...item.targetCountries])],
        manipulations: [...new Set([...before.manipulations, ...item.manipulations])],
      };
      if (after.targetCountries.length > before.targetCountries.length || after.manipulations.length > before.manipulations.length) {
        target.grew++;
        target.targetCountries = after.targetCountries;
        target.manipulations = after.manipulations;
      }
      return { prepared, target, outcome: "merged", sightingId, mergeAudit: { before, after } };
    }
    const created: Target = {
      id: randomUUID(),
      isNew: true,
      creator: null,
      targetCountries: [...new Set(item.targetCountries)],
      manipulations: [...item.manipulations],
      grew: 0,
      fingerprint: row.fingerprint ?? textFingerprint(item.title, item.text),
    };
    const plannedRow: PlannedRow = { prepared, target: created, outcome: "created", sightingId };
    created.creator = plannedRow;
    if (url) byUrl.set(url, created);
    if (sha && !bySha.has(sha)) bySha.set(sha, created);
    return plannedRow;
  }

  /** In addLinks' order: person ids, organization ids, markers (new items only: a merge drops annotations), campaign. */
  function checkLinks({ item }: PreparedRow, creating: boolean): void {
    item!.persons.forEach((p, i) => {
      if (p.id && !lookups.livePersonIds.has(p.id)) throw fieldError(`item.persons[${i}].id`, "no such person");
    });
    item!.organizations.forEach((o, i) => {
      if (o.id && !lookups.liveOrganizationIds.has(o.id)) throw fieldError(`item.organizations[${i}].id`, "no such organization");
    });
    if (creating) {
      item!.annotations.forEach((a, i) => {
        if (!lookups.markers.has(a.marker)) throw fieldError(`item.annotations[${i}].marker`, `unknown language marker "${a.marker.slice(0, 80)}"`);
      });
    }
    if (item!.campaign && !lookups.campaigns.has(item!.campaign)) {
      throw fieldError("item.campaign", `no campaign with the slug "${item!.campaign}"`);
    }
  }

  function checkAccount({ row }: PreparedRow): void {
    const ref = row.input.sighting.account;
    if (!ref) return;
    if (ref.id) {
      if (!lookups.liveAccountIds.has(ref.id)) throw fieldError("sighting.account.id", "no such account");
    } else if (!normaliseHandle(ref.handle!)) {
      throw fieldError("sighting.account.handle", "is empty");
    }
  }
}
