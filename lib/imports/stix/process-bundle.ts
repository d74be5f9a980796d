import type { PrismaClient } from "../../generated/prisma/client";
import type { Actor } from "../../audit/record-audit";
import { recordAudit } from "../../audit/record-audit";
import { rowFailure } from "../jobs/process-tabular";
import { recordInTransaction, type RowResult } from "../jobs/row-result";
import { isCampaignLink, writeCampaignLink } from "./campaign-links";
import { resolveEntity, type EntityOutcome } from "./entity-writes";
import { itemPlan, type BundleIndex, type Folded } from "./item-input";
import { refsProp, stringProp, validateStixObject, type StixFailure } from "./object-schemas";
import { readStixObjects, type StixObject } from "./read-bundle";
import { writeStixItems, type PlannedItem } from "./write-items";

export interface StixContext {
  prisma: PrismaClient;
  jobId: string;
  actor: Actor;
  path: string;
}
type AfterBatch = (results: RowResult[]) => Promise<boolean>;
const ENTITY_TYPES = new Set(["identity", "threat-actor", "intrusion-set", "campaign", "attack-pattern", "x-sightline-narrative"]);
const OBSERVED = "observed-data--";
/** Items per write transaction at most: each brings its sightings, links and notes, so a batch is a few thousand rows. */
const ITEMS_PER_BATCH = 500;

/** What the first pass keeps: entities whole (hundreds), and for every item only where its last object is. */
interface BundleScan {
  entities: { rowNumber: number; object: StixObject }[];
  /** Relationships between two non-item objects (campaign → actor, campaign → technique …), kept whole: few. */
  links: { rowNumber: number; object: StixObject }[];
  invalid: Map<number, StixFailure>;
  /** Valid observed-data ids → the row of the last object that belongs to it (itself, observables, sightings …). */
  lastRow: Map<string, number>;
  /** Observable id → the first observed-data that refers to it (the one it is reported with). */
  observableOwner: Map<string, string>;
  markers: Map<string, string>;
}

/**
 * Imports a bundle with every object as one row, reading the file as a stream twice, never whole:
 * 1. a scan validates every object, keeps the entities, and notes for each observed-data which row its last
 *    object (sighting, note, relationship, observable) is on;
 * 2. entities are found or created, and campaigns linked to their actors and techniques;
 * 3. a second read gathers each observed-data's objects; once an item's last object has gone by, its group is
 *    complete, and complete groups are written up to ITEMS_PER_BATCH at a time through the bulk ingest path.
 * A Sightline bundle keeps each item's objects together, so only a few groups are open at once; a bundle from
 * elsewhere may scatter them, which costs memory, not correctness. On resume, recorded rows are not emitted again
 * and row keys keep items and sightings from being written twice.
 */
export async function processStixJob(ctx: StixContext, done: ReadonlySet<number>, size: number, afterBatch: AfterBatch): Promise<boolean> {
  const scan = await scanBundle(ctx.path);
  // Half the job's batch size in items (the rows of a batch are about twice its items), up to ITEMS_PER_BATCH.
  const itemsPerBatch = Math.max(1, Math.min(ITEMS_PER_BATCH, Math.floor(size / 2)));
  const index: BundleIndex = {
    observables: new Map(),
    entities: new Map(),
    markers: [],
  };
  let pending: RowResult[] = [];
  const emit = async (result: RowResult) => {
    if (done.has(result.rowNumber)) return true;
    pending.push(result);
    if (pending.length < size) return true;
    const batch = pending;
    pending = [];
    return afterBatch(batch);
  };
  const recorded = async (rowNumber: number, write: (tx: Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0]) => Promise<EntityOutcome>) => {
    const outcome = await ctx.prisma.$transaction(async (tx) => {
      const result = await write(tx);
      if (!done.has(rowNumber) && (result.status === "created" || result.status === "merged")) {
        await recordInTransaction(tx, ctx.jobId, { rowNumber, status: result.status, reason: result.reason });
      }
      return result;
    });
    const ok = outcome.status === "created" || outcome.status === "merged";
    return { outcome, result: { rowNumber, status: outcome.status, field: "field" in outcome ? (outcome.field ?? null) : null, reason: outcome.reason, recorded: ok } };
  };

  // Entities, then the markers annotations need, then links between campaigns and their actors / techniques.
  for (const { rowNumber, object } of scan.entities) {
    if (scan.invalid.has(rowNumber)) continue;
    const { outcome, result } = await recorded(rowNumber, (tx) => resolveEntity(tx, ctx.actor, object));
    if (outcome.status === "created" || outcome.status === "merged") index.entities.set(object.id, outcome.ref);
    if (!(await emit(result))) return false;
  }
  await linkAffiliations(ctx, scan.entities.map((e) => e.object), index);
  index.markers = await ensureMarkers(ctx, scan.markers);
  for (const { rowNumber, object } of scan.links) {
    if (scan.invalid.has(rowNumber)) continue;
    const type = stringProp(object, "relationship_type")!;
    const source = index.entities.get(stringProp(object, "source_ref")!);
    const target = index.entities.get(stringProp(object, "target_ref")!);
    if (!isCampaignLink(type, source, target)) {
      if (!(await emit({ rowNumber, ...otherOutcome(object, index) }))) return false;
      continue;
    }
    if (!(await emit((await recorded(rowNumber, (tx) => writeCampaignLink(tx, ctx.actor, type, source!, target!))).result))) return false;
  }

  // Items: groups of objects, written once complete.
  const open = new Map<string, { observed?: { rowNumber: number; object: StixObject }; members: { rowNumber: number; object: StixObject }[] }>();
  let ready: { observedId: string; group: NonNullable<ReturnType<typeof open.get>> }[] = [];
  let written = 0;
  let analyzedAt = 500;
  const flush = async () => {
    const batch = ready;
    ready = [];
    written += batch.length;
    if (written >= analyzedAt) {
      // Into an empty (or small) database the planner's statistics lag far behind the tables the batches grow:
      // the campaign refresh of a batch then took 28 s (a nested loop over every item per link, measured at 140k
      // objects). Fresh statistics each time the items written quadruple keep its plan right, for ~0.1 s each.
      await ctx.prisma.$executeRaw`ANALYZE items, sightings, item_campaigns, import_job_rows`;
      analyzedAt *= 4;
    }
    for (const result of await writeGroups(ctx, batch, index)) if (!(await emit(result))) return false;
    return true;
  };
  const linkRows = new Set(scan.links.map((l) => l.rowNumber));
  for await (const { rowNumber, object } of readStixObjects(ctx.path)) {
    const od = groupOf(object, scan);
    const failure = scan.invalid.get(rowNumber);
    if (failure) {
      if (!(await emit({ rowNumber, status: "failed", ...failure }))) return false;
    } else if (ENTITY_TYPES.has(object.type) || linkRows.has(rowNumber)) {
      continue; // written above
    } else {
      if (isObservable(object)) index.observables.set(object.id, object);
      if (!od || !scan.lastRow.has(od)) {
        if (!(await emit({ rowNumber, ...otherOutcome(object, index) }))) return false;
        continue;
      }
      const group = open.get(od) ?? { members: [] };
      open.set(od, group);
      if (object.id === od && object.type === "observed-data") group.observed = { rowNumber, object };
      else group.members.push({ rowNumber, object });
    }
    // An item's group is complete once its last object has gone by (an invalid one included).
    const group = od ? open.get(od) : undefined;
    if (group && scan.lastRow.get(od!) === rowNumber) {
      open.delete(od!);
      ready.push({ observedId: od!, group });
      if (ready.length >= itemsPerBatch && !(await flush())) return false;
    }
  }
  for (const [observedId, group] of open) ready.push({ observedId, group });
  if (ready.length && !(await flush())) return false;
  return pending.length ? afterBatch(pending) : true;
}

/** The items of a batch: their plans (CPU, no database), then one write, then a row result for every object. */
async function writeGroups(ctx: StixContext, groups: { observedId: string; group: { observed?: { rowNumber: number; object: StixObject }; members: { rowNumber: number; object: StixObject }[] } }[], index: BundleIndex): Promise<RowResult[]> {
  const results: RowResult[] = [];
  const planned: PlannedItem[] = [];
  const observedResult = new Map<string, RowResult>();
  for (const { observedId, group } of groups) {
    const observed = group.observed!;
    const folded: Folded = { sightings: [], relationships: [], notes: [] };
    for (const m of group.members) {
      if (m.object.type === "sighting") folded.sightings.push(m);
      else if (m.object.type === "relationship") folded.relationships.push(m.object);
      else if (m.object.type === "note") folded.notes.push(m.object);
    }
    const broken = refsProp(observed.object, "object_refs").find((ref) => !index.observables.has(ref));
    let plan: ReturnType<typeof itemPlan> | null = null;
    let failure: RowResult | null = null;
    if (broken) failure = { rowNumber: observed.rowNumber, status: "failed", field: "object_refs", reason: `${broken} is not in the bundle, or is invalid` };
    else {
      try {
        plan = itemPlan(observed.object, folded, index);
      } catch (error) {
        failure = { rowNumber: observed.rowNumber, status: "failed", ...rowFailure(error, (p) => p, ctx.jobId, observed.rowNumber) };
      }
    }
    if (failure) observedResult.set(observedId, failure);
    else if (typeof plan === "string") observedResult.set(observedId, { rowNumber: observed.rowNumber, status: "skipped", reason: plan });
    else if (plan) planned.push({ observedRow: observed.rowNumber, observedId, plan });
  }
  const written = planned.length ? await writeStixItems(ctx.prisma, ctx.jobId, ctx.actor, planned) : new Map<number, RowResult>();
  for (const p of planned) observedResult.set(p.observedId, written.get(p.observedRow)!);
  for (const { observedId, group } of groups) {
    const owner = observedResult.get(observedId)!;
    results.push(owner);
    const where = `${observedId} (row ${owner.rowNumber})`;
    for (const m of group.members) {
      const own = written.get(m.rowNumber);
      if (own) results.push(own);
      else if (owner.status === "created" || owner.status === "merged" || (owner.status === "skipped" && owner.itemId)) {
        results.push({ rowNumber: m.rowNumber, status: owner.status === "skipped" ? "skipped" : "merged", itemId: owner.itemId, reason: `imported as part of ${where}` });
      } else {
        results.push({ rowNumber: m.rowNumber, status: owner.status, field: owner.status === "failed" ? "(depends)" : null, reason: `belongs to ${where}, which was ${owner.status}` });
      }
    }
  }
  return results;
}

/** Pass 1: one streamed read; memory is the entities and a number per item. */
async function scanBundle(path: string): Promise<BundleScan> {
  const scan: BundleScan = { entities: [], links: [], invalid: new Map(), lastRow: new Map(), observableOwner: new Map(), markers: new Map() };
  const rowOfObservable = new Map<string, number>();
  const memberRows: [string, number][] = [];
  const refs: [string, string][] = [];
  for await (const { rowNumber, object } of readStixObjects(path)) {
    const failure = validateStixObject(object);
    if (failure) scan.invalid.set(rowNumber, failure);
    if (ENTITY_TYPES.has(object.type)) {
      scan.entities.push({ rowNumber, object });
      continue;
    }
    if (isObservable(object)) rowOfObservable.set(object.id, rowNumber);
    if (object.type === "observed-data" && !failure) {
      scan.lastRow.set(object.id, Math.max(scan.lastRow.get(object.id) ?? 0, rowNumber));
      for (const ref of refsProp(object, "object_refs")) {
        if (!scan.observableOwner.has(ref)) scan.observableOwner.set(ref, object.id);
        refs.push([object.id, ref]);
      }
      continue;
    }
    if (object.type === "relationship" && !isItemObject(object)) {
      scan.links.push({ rowNumber, object });
      continue;
    }
    const od = memberOf(object);
    if (od) memberRows.push([od, rowNumber]);
    if (object.type === "note") {
      const slug = stringProp(object, "x_sightline_marker");
      if (slug) scan.markers.set(slug, stringProp(object, "x_sightline_marker_name") ?? slug);
    }
  }
  const later = (od: string, row: number) => {
    const last = scan.lastRow.get(od);
    if (last !== undefined && row > last) scan.lastRow.set(od, row);
  };
  for (const [od, row] of memberRows) later(od, row);
  // An item needs its observables read before it is written, its own and those it shares with an earlier item.
  for (const [od, ref] of refs) {
    const row = rowOfObservable.get(ref);
    if (row !== undefined) later(od, row);
  }
  return scan;
}

const isObservable = (o: StixObject) => !ENTITY_TYPES.has(o.type) && !["observed-data", "relationship", "sighting", "note", "report", "marking-definition", "grouping", "opinion", "indicator"].includes(o.type);
const isItemObject = (o: StixObject) => [stringProp(o, "source_ref"), stringProp(o, "target_ref")].some((r) => r?.startsWith(OBSERVED));

/** The observed-data a sighting, note or relationship is about (by its id's type prefix, so it can come later in the file). */
function memberOf(object: StixObject): string | undefined {
  if (object.type === "sighting") return refsProp(object, "observed_data_refs").find((r) => r.startsWith(OBSERVED));
  if (object.type === "note") return refsProp(object, "object_refs").find((r) => r.startsWith(OBSERVED));
  if (object.type === "relationship") return [stringProp(object, "source_ref"), stringProp(object, "target_ref")].find((r) => r?.startsWith(OBSERVED));
  return undefined;
}

function groupOf(object: StixObject, scan: BundleScan): string | undefined {
  if (object.type === "observed-data") return object.id;
  return memberOf(object) ?? scan.observableOwner.get(object.id);
}

/** A person's organisation (x_sightline_affiliation_ref), once both are known; an affiliation someone set is kept. */
async function linkAffiliations(ctx: StixContext, entities: StixObject[], index: BundleIndex): Promise<void> {
  for (const object of entities) {
    const person = index.entities.get(object.id);
    const organization = index.entities.get(stringProp(object, "x_sightline_affiliation_ref") ?? "");
    if (person?.kind !== "person" || organization?.kind !== "organization") continue;
    await ctx.prisma.$transaction(async (tx) => {
      const updated = await tx.person.updateMany({ where: { id: person.id, affiliationId: null }, data: { affiliationId: organization.id } });
      if (updated.count) await recordAudit(tx, ctx.actor, { action: "update", entityType: "person", entityId: person.id, before: { affiliationId: null }, after: { affiliationId: organization.id } });
    });
  }
}

/** Markers the bundle's annotations use that this database lacks (an empty one has none): created, audited. */
async function ensureMarkers(ctx: StixContext, wanted: Map<string, string>): Promise<BundleIndex["markers"]> {
  const existing = await ctx.prisma.languageMarker.findMany({ select: { id: true, slug: true, name: true, deletedAt: true } });
  const taken = new Set(existing.flatMap((m) => [m.slug, m.name.toLowerCase()]));
  for (const [slug, name] of wanted) {
    if (taken.has(slug) || taken.has(name.toLowerCase()) || !/^[a-z0-9][a-z0-9-]{0,119}$/.test(slug)) continue;
    await ctx.prisma.$transaction(async (tx) => {
      const created = await tx.languageMarker.create({ data: { slug, name } });
      await recordAudit(tx, ctx.actor, { action: "create", entityType: "language_marker", entityId: created.id, after: created });
    });
    taken.add(slug);
  }
  // A deleted marker is offered for no new annotation (schema.prisma), an imported one included.
  return ctx.prisma.languageMarker.findMany({ where: { deletedAt: null }, select: { id: true, slug: true, name: true } });
}

/** Objects that are neither entities nor part of an item: skipped (or failed) with the reason. */
function otherOutcome(object: StixObject, index: BundleIndex): Omit<RowResult, "rowNumber"> {
  const dangling = ["source_ref", "target_ref", "sighting_of_ref"].find((k) => {
    const ref = object[k];
    return typeof ref === "string" && !index.entities.has(ref) && !index.observables.has(ref) && !ref.startsWith(OBSERVED) && !ref.startsWith("identity--");
  });
  if (dangling && object.type !== "relationship") return { status: "failed", field: dangling, reason: `${String(object[dangling])} is not in the bundle` };
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
