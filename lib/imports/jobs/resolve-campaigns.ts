import { recordAudit, type Actor } from "../../audit/record-audit";
import { can, isRole } from "../../auth/permissions";
import type { PrismaClient } from "../../generated/prisma/client";
import type { WritableRow } from "./row-by-row";

/**
 * Rows name their campaign by slug or by name (a column, a constant, or a group). Before a batch is written each
 * one is linked to the live campaign with that slug or that name (any case); a campaign nobody has yet is created,
 * audited, when the importing role may write — otherwise the name is kept as written on the item.
 */
export async function resolveCampaigns(prisma: PrismaClient, actor: Actor, rows: readonly WritableRow[]): Promise<void> {
  const wanting = rows.filter((r) => r.input.item?.campaign);
  if (!wanting.length) return;
  const names = new Map<string, string>(); // slug → name as the file wrote it
  for (const r of wanting) if (!names.has(r.input.item!.campaign!)) names.set(r.input.item!.campaign!, r.campaignName ?? r.input.item!.campaign!);
  const known = await prisma.campaign.findMany({
    where: { deletedAt: null, mergedIntoId: null, OR: [{ slug: { in: [...names.keys()] } }, ...[...names.values()].map((name) => ({ name: { equals: name, mode: "insensitive" as const } }))] },
    select: { slug: true, name: true },
  });
  const slugOf = new Map<string, string>();
  for (const c of known) {
    slugOf.set(c.slug, c.slug);
    for (const [slug, name] of names) if (name.toLowerCase() === c.name.toLowerCase()) slugOf.set(slug, c.slug);
  }
  const missing = [...names].filter(([slug]) => !slugOf.has(slug));
  if (missing.length && (await mayCreate(prisma, actor))) {
    for (const [slug, name] of missing) {
      await prisma.$transaction(async (tx) => {
        const created = await tx.campaign.create({ data: { slug, name: name.slice(0, 200), createdById: actor.kind === "system" ? null : actor.userId }, select: { id: true } });
        await recordAudit(tx, actor, { action: "campaign.create", entityType: "campaign", entityId: created.id, after: { slug, name, via: "import" } });
      });
      slugOf.set(slug, slug);
    }
  }
  for (const r of wanting) {
    const slug = slugOf.get(r.input.item!.campaign!);
    if (slug) r.input.item!.campaign = slug;
    else {
      const column = r.columnOf("item.campaign");
      (r.rawValues ??= {})[column] = [...(r.rawValues[column] ?? []), names.get(r.input.item!.campaign!)!];
      delete r.input.item!.campaign;
    }
  }
}

async function mayCreate(prisma: PrismaClient, actor: Actor): Promise<boolean> {
  if (actor.kind === "system") return true;
  const user = await prisma.user.findUnique({ where: { id: actor.userId }, select: { role: true } });
  return Boolean(user && isRole(user.role) && can(user.role, "write"));
}
