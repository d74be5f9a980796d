import { Prisma } from "../../generated/prisma/client";
import type { Actor } from "../../audit/record-audit";
import type { Parties } from "./parties";
import type { Lookups } from "./lookups";
import type { PlannedRow, Tx } from "./types";

/**
 * addLinks of write-item.ts for a whole batch: one multi-row INSERT … ON CONFLICT DO NOTHING per link table
 * (createMany's skipDuplicates; the first row's note wins, as resolvePersons' dedupe keeps the first). Merges add
 * every link but annotations, exactly like mergeIntoItem.
 */
export async function insertLinks(tx: Tx, rows: readonly PlannedRow[], parties: Parties, lookups: Lookups, actor: Actor): Promise<void> {
  const userId = actor.kind === "system" ? null : actor.userId;
  const withItem = rows.filter((r) => r.outcome !== "attached" && r.prepared.item);
  const each = <T>(f: (r: PlannedRow, item: NonNullable<PlannedRow["prepared"]["item"]>) => T[]) => withItem.flatMap((r) => f(r, r.prepared.item!));

  const persons = each((r, i) => i.persons.map((p) => ({ item: r.target.id, id: p.id ?? parties.person(p.name!), role: p.role, note: p.note ?? null })));
  if (persons.length) {
    await tx.$executeRaw(Prisma.sql`INSERT INTO item_persons (item_id, person_id, role, note)
      SELECT u.item, u.id, u.role::"PartyRole", u.note FROM unnest(${persons.map((p) => p.item)}::uuid[], ${persons.map((p) => p.id)}::uuid[],
        ${persons.map((p) => p.role)}::text[], ${persons.map((p) => p.note)}::text[]) AS u(item, id, role, note)
      ON CONFLICT DO NOTHING`);
  }
  const orgs = each((r, i) => i.organizations.map((o) => ({ item: r.target.id, id: o.id ?? parties.organization(o.name!), role: o.role, note: o.note ?? null })));
  if (orgs.length) {
    await tx.$executeRaw(Prisma.sql`INSERT INTO item_organizations (item_id, organization_id, role, note)
      SELECT u.item, u.id, u.role::"PartyRole", u.note FROM unnest(${orgs.map((o) => o.item)}::uuid[], ${orgs.map((o) => o.id)}::uuid[],
        ${orgs.map((o) => o.role)}::text[], ${orgs.map((o) => o.note)}::text[]) AS u(item, id, role, note)
      ON CONFLICT DO NOTHING`);
  }
  const narratives = each((r, i) => i.narratives.map((t) => ({ item: r.target.id, id: parties.narrative(t) })));
  if (narratives.length) {
    await tx.$executeRaw(Prisma.sql`INSERT INTO item_narratives (item_id, narrative_id)
      SELECT * FROM unnest(${narratives.map((n) => n.item)}::uuid[], ${narratives.map((n) => n.id)}::uuid[]) ON CONFLICT DO NOTHING`);
  }
  const techniques = each((r, i) => i.techniques.map((t) => ({ item: r.target.id, id: t })));
  if (techniques.length) {
    await tx.$executeRaw(Prisma.sql`INSERT INTO item_techniques (item_id, technique_id, added_by_id)
      SELECT u.item, u.id, ${userId}::uuid FROM unnest(${techniques.map((t) => t.item)}::uuid[], ${techniques.map((t) => t.id)}::text[]) AS u(item, id)
      ON CONFLICT DO NOTHING`);
  }
  const notes = each((r, i) => (r.outcome === "created" ? i.annotations.map((a) => ({ ...a, item: r.target.id, marker: lookups.markers.get(a.marker)! })) : []));
  if (notes.length) {
    await tx.$executeRaw(Prisma.sql`INSERT INTO marker_annotations (item_id, marker_id, quote, start_offset, end_offset, note, author_id)
      SELECT u.item, u.marker, u.quote, u.start_offset, u.end_offset, u.note, ${userId}::uuid
      FROM unnest(${notes.map((n) => n.item)}::uuid[], ${notes.map((n) => n.marker)}::uuid[], ${notes.map((n) => n.quote)}::text[],
        ${notes.map((n) => n.startOffset ?? null)}::int[], ${notes.map((n) => n.endOffset ?? null)}::int[], ${notes.map((n) => n.note ?? null)}::text[])
        AS u(item, marker, quote, start_offset, end_offset, note)`);
  }
  const campaigns = each((r, i) => (i.campaign ? [{ item: r.target.id, id: lookups.campaigns.get(i.campaign)! }] : []));
  if (campaigns.length) {
    // Chosen by a person (the row names the campaign): a confirmed link, as the form makes it.
    const reasons = JSON.stringify([{ signal: "manual", detail: "attached when the sighting was logged" }]);
    await tx.$executeRaw(Prisma.sql`INSERT INTO item_campaigns (item_id, campaign_id, status, confidence, reasons, decided_by_id, decided_at)
      SELECT u.item, u.id, 'confirmed', 1, ${reasons}::jsonb, ${userId}::uuid, now()
      FROM unnest(${campaigns.map((c) => c.item)}::uuid[], ${campaigns.map((c) => c.id)}::uuid[]) AS u(item, id)
      ON CONFLICT DO NOTHING`);
  }
}
