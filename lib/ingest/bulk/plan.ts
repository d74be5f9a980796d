import { randomUUID } from "node:crypto";
import { ApiError } from "../../http/errors";
import { fieldError } from "../field-error";
import { platformFields } from "../../codes/platforms";
import { textFingerprint } from "../fingerprint";
import { fillEmptyFields, resolveItemFacts, sightingVariants, storedValues, type FillableItem } from "../item-facts";
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
      const { id: _id, deleted: _d, targetCountries, manipulations, ...current } = item;
      target = { id: item.id, isNew: false, creator: null, targetCountries, manipulations, grew: 0, current, fill: {} };
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
      const target = known.get(id) ?? { id, isNew: false, creator: null, targetCountries: [], manipulations: [], grew: 0, current: null, fill: {} };
      known.set(id, target);
      const variants = sightingVariants(target.current ?? NOTHING_STORED, null, row.input.sighting);
      return { prepared, target, outcome: "attached", sightingId, variants };
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
      const current = target.current!;
      const fill = fillEmptyFields(current, item, platformFields(item.platform, urls.item?.platform));
      const filled = Object.keys(fill);
      const before = { targetCountries: target.targetCountries, manipulations: target.manipulations, ...pick(current, filled) };
      const after = {
        targetCountries: [...new Set([...before.targetCountries, ...item.targetCountries])],
        manipulations: [...new Set([...before.manipulations, ...item.manipulations])],
        ...fill,
      };
      if (after.targetCountries.length > before.targetCountries.length || after.manipulations.length > before.manipulations.length || filled.length) {
        target.grew++;
        target.targetCountries = after.targetCountries;
        target.manipulations = after.manipulations;
        target.current = { ...current, ...fill };
        // New items are inserted with their filled values (insertItems reads `current`); known ones are updated.
        if (!target.isNew) Object.assign(target.fill, fill);
      }
      const variants = sightingVariants(target.current!, item, row.input.sighting, true);
      return { prepared, target, outcome: "merged", sightingId, variants, mergeAudit: { before, after } };
    }
    const facts = resolveItemFacts(item, urls.item);
    const stored = storedValues(item, facts);
    const created: Target = {
      id: randomUUID(),
      isNew: true,
      creator: null,
      targetCountries: [...new Set(item.targetCountries)],
      manipulations: [...item.manipulations],
      grew: 0,
      fingerprint: row.fingerprint ?? textFingerprint(item.title, item.text),
      current: stored,
      fill: {},
      facts,
    };
    const variants = sightingVariants(stored, item, row.input.sighting);
    const plannedRow: PlannedRow = { prepared, target: created, outcome: "created", sightingId, variants };
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

const NOTHING_STORED: Pick<FillableItem, "title" | "text" | "archiveUrl" | "notes"> = { title: null, text: null, archiveUrl: null, notes: null };

function pick(values: FillableItem, keys: string[]): Record<string, unknown> {
  return Object.fromEntries(keys.map((k) => [k, values[k as keyof FillableItem]]));
}
