import type { PrismaClient } from "../../generated/prisma/client";
import type { Actor } from "../../audit/record-audit";
import { logSighting } from "../../ingest/log-sighting";
import { rowFailure } from "../jobs/process-tabular";
import { recordingClient } from "../jobs/recording-client";
import { recordInTransaction, type RowResult } from "../jobs/row-result";
import { isCampaignLink, writeCampaignLink } from "./campaign-links";
import { resolveEntity, type EntityOutcome } from "./entity-writes";
import { observedDataInput, type BundleIndex, type Folded } from "./item-input";
import { refsProp, stringProp, validateStixObject } from "./object-schemas";
import { readStixBundle, type StixObject } from "./read-bundle";

export interface StixContext {
  prisma: PrismaClient;
  jobId: string;
  actor: Actor;
  path: string;
}
type AfterBatch = (results: RowResult[]) => Promise<boolean>;
const ENTITY_TYPES = new Set(["identity", "threat-actor", "intrusion-set", "campaign", "attack-pattern"]);

/**
 * Imports a bundle with every object as one row: entities first (find-or-create), then campaign links, then each
 * observed-data as an item through logSighting with the sighting, relationships and notes about it folded in, and
 * last the rows of folded and unsupported objects, whose outcome follows the item they belong to. On resume,
 * entities are resolved again (find-or-create finds them) and items are read from the recorded rows.
 */
export async function processStixJob(ctx: StixContext, done: ReadonlySet<number>, size: number, afterBatch: AfterBatch): Promise<boolean> {
  const bundle = await readStixBundle(ctx.path);
  const rowOf = new Map(bundle.objects.map((o, i) => [o.id, i + 1]));
  const index: BundleIndex = {
    byId: new Map(bundle.objects.map((o) => [o.id, o])),
    entities: new Map(),
    // A deleted marker is offered for no new annotation (schema.prisma), an imported one included.
    markers: await ctx.prisma.languageMarker.findMany({ where: { deletedAt: null }, select: { id: true, slug: true, name: true } }),
  };
  const prior = new Map(
    (await ctx.prisma.importJobRow.findMany({ where: { jobId: ctx.jobId } })).map((r) => [r.rowNumber, r]),
  );
  const invalid = new Map(bundle.objects.map((o) => [o.id, validateStixObject(o)] as const).filter(([, f]) => f));
  const final = new Map<string, RowResult>();
  let pending: RowResult[] = [];
  const emit = async (object: StixObject, result: Omit<RowResult, "rowNumber">) => {
    const full = { ...result, rowNumber: rowOf.get(object.id)! };
    final.set(object.id, full);
    if (done.has(full.rowNumber)) return true;
    pending.push(full);
    if (pending.length < size) return true;
    const batch = pending;
    pending = [];
    return afterBatch(batch);
  };
  const recordedEntity = async (object: StixObject, write: (tx: Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0]) => Promise<EntityOutcome>) => {
    const rowNumber = rowOf.get(object.id)!;
    const outcome = await ctx.prisma.$transaction(async (tx) => {
      const result = await write(tx);
      if (!done.has(rowNumber) && (result.status === "created" || result.status === "merged")) {
        await recordInTransaction(tx, ctx.jobId, { rowNumber, status: result.status, reason: result.reason });
      }
      return result;
    });
    if (outcome.status === "created" || outcome.status === "merged") index.entities.set(object.id, outcome.ref);
    const recorded = outcome.status === "created" || outcome.status === "merged";
    return emit(object, { status: outcome.status, field: "field" in outcome ? outcome.field : null, reason: outcome.reason, recorded });
  };

  // 1. Entities, and 2. links between campaigns and their actors / techniques.
  for (const object of bundle.objects) {
    const failure = invalid.get(object.id);
    if (failure && !(await emit(object, { status: "failed", ...failure }))) return false;
    if (failure || !ENTITY_TYPES.has(object.type)) continue;
    if (!(await recordedEntity(object, (tx) => resolveEntity(tx, ctx.actor, object)))) return false;
  }
  const folded = foldIntoObservedData(bundle.objects, index, invalid);
  for (const object of bundle.objects) {
    if (object.type !== "relationship" || invalid.has(object.id) || folded.owner.has(object.id)) continue;
    const type = stringProp(object, "relationship_type")!;
    const source = index.entities.get(stringProp(object, "source_ref")!);
    const target = index.entities.get(stringProp(object, "target_ref")!);
    if (!isCampaignLink(type, source, target)) continue;
    if (!(await recordedEntity(object, (tx) => writeCampaignLink(tx, ctx.actor, type, source!, target!)))) return false;
  }
  // 3. Items.
  for (const object of bundle.objects) {
    if (object.type !== "observed-data" || invalid.has(object.id)) continue;
    const rowNumber = rowOf.get(object.id)!;
    const before = prior.get(rowNumber);
    if (before) {
      final.set(object.id, { rowNumber, status: before.status, itemId: before.itemId, reason: before.reason });
      continue;
    }
    const brokenRef = refsProp(object, "object_refs").find((ref) => invalid.has(ref) || !index.byId.has(ref));
    if (brokenRef) {
      const why = invalid.has(brokenRef) ? `is invalid (row ${rowOf.get(brokenRef)})` : "is not in the bundle";
      if (!(await emit(object, { status: "failed", field: "object_refs", reason: `${brokenRef} ${why}` }))) return false;
      continue;
    }
    let input: ReturnType<typeof observedDataInput>;
    try {
      input = observedDataInput(object, folded.byObserved.get(object.id) ?? { relationships: [], notes: [] }, index);
    } catch (error) {
      if (!(await emit(object, { status: "failed", ...rowFailure(error, (p) => p, ctx.jobId, rowNumber) }))) return false;
      continue;
    }
    if (typeof input === "string") {
      if (!(await emit(object, { status: "skipped", reason: input }))) return false;
      continue;
    }
    const rowKey = `stix:${object.id}`;
    const already = await ctx.prisma.importJobRow.findFirst({ where: { rowKey, status: { in: ["created", "merged"] } } });
    if (already) {
      const reason = `already imported (job ${already.jobId.slice(0, 8)}, row ${already.rowNumber})`;
      if (!(await emit(object, { status: "skipped", rowKey, itemId: already.itemId, reason }))) return false;
      continue;
    }
    try {
      const client = recordingClient(ctx.prisma, ctx.jobId, rowNumber, rowKey);
      const written = await logSighting(client, input, { channel: "import", actor: ctx.actor, importJobId: ctx.jobId, onDuplicate: "merge" });
      const status = written.outcome === "created" ? "created" : "merged";
      if (!(await emit(object, { status, rowKey, itemId: written.itemId, sightingId: written.sightingId, recorded: true }))) return false;
    } catch (error) {
      if (!(await emit(object, { status: "failed", ...rowFailure(error, (p) => p, ctx.jobId, rowNumber) }))) return false;
    }
  }
  // 4. Everything else: folded objects follow their item; the rest is skipped with the reason.
  for (const object of bundle.objects) {
    if (final.has(object.id)) continue;
    if (!(await emit(object, dependentOutcome(object, folded.owner.get(object.id), final, rowOf, index)))) return false;
  }
  return pending.length ? afterBatch(pending) : true;
}

function dependentOutcome(object: StixObject, owner: string | undefined, final: Map<string, RowResult>, rowOf: Map<string, number>, index: BundleIndex): Omit<RowResult, "rowNumber"> {
  const ownerResult = owner ? final.get(owner) : undefined;
  if (owner && ownerResult) {
    const where = `${owner} (row ${rowOf.get(owner)})`;
    if (ownerResult.status === "created" || ownerResult.status === "merged") return { status: "merged", itemId: ownerResult.itemId, reason: `imported as part of ${where}` };
    return { status: ownerResult.status, field: ownerResult.status === "failed" ? "(depends)" : null, reason: `belongs to ${where}, which was ${ownerResult.status}` };
  }
  const dangling = ["source_ref", "target_ref", "sighting_of_ref"].find((k) => object[k] !== undefined && !index.byId.has(String(object[k])));
  if (dangling) return { status: "failed", field: dangling, reason: `${String(object[dangling])} is not in the bundle` };
  switch (object.type) {
    case "relationship":
      return { status: "skipped", reason: `relationship "${String(object.relationship_type)}" between these objects is not imported (impersonates, targets, attributed-to, uses and related-to of items and campaigns are)` };
    case "sighting":
      return { status: "skipped", reason: "the sighting names no observed-data, so there is no content to attach it to" };
    case "note":
      return { status: "skipped", reason: "the note refers to no observed-data (notes on campaigns or actors are not stored)" };
    case "url":
    case "file":
    case "domain-name":
      return { status: "skipped", reason: "an observable no observed-data refers to (no observation time)" };
  }
  return { status: "skipped", reason: `STIX type ${object.type} is not imported` };
}

/** Which sighting, relationships, notes and observables belong to which observed-data. */
function foldIntoObservedData(objects: readonly StixObject[], index: BundleIndex, invalid: Map<string, unknown>) {
  const byObserved = new Map<string, Folded>();
  const owner = new Map<string, string>();
  const observed = new Set(objects.filter((o) => o.type === "observed-data" && !invalid.has(o.id)).map((o) => o.id));
  const add = (od: string, object: StixObject, slot: "relationships" | "notes" | "sighting") => {
    const f = byObserved.get(od) ?? { relationships: [], notes: [] };
    if (slot === "sighting") f.sighting ??= object;
    else f[slot].push(object);
    byObserved.set(od, f);
    owner.set(object.id, od);
  };
  for (const o of objects) {
    if (invalid.has(o.id)) continue;
    if (o.type === "observed-data") refsProp(o, "object_refs").forEach((ref) => owner.has(ref) || owner.set(ref, o.id));
    if (o.type === "sighting") refsProp(o, "observed_data_refs").filter((r) => observed.has(r)).slice(0, 1).forEach((od) => add(od, o, "sighting"));
    if (o.type === "note") refsProp(o, "object_refs").filter((r) => observed.has(r)).slice(0, 1).forEach((od) => add(od, o, "notes"));
    if (o.type === "relationship") {
      const ends = [stringProp(o, "source_ref"), stringProp(o, "target_ref")];
      const od = ends.find((e) => e && observed.has(e));
      const other = ends.find((e) => e !== od);
      if (od && other && index.byId.has(other)) add(od, o, "relationships");
    }
  }
  return { byObserved, owner };
}
