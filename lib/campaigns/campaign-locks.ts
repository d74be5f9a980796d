import { Prisma } from "../generated/prisma/client";
import { ApiError } from "../http/errors";

type Tx = Prisma.TransactionClient;

export const CAMPAIGN_TX = { timeout: 60_000 };

/** Row locks on the campaigns a merge or split touches, always in id order so two merges cannot deadlock. */
export async function lockCampaigns(tx: Tx, ids: string[]): Promise<void> {
  const sorted = [...new Set(ids)].sort();
  await tx.$queryRaw(Prisma.sql`SELECT id FROM campaigns WHERE id = ANY(${sorted}::uuid[]) ORDER BY id FOR UPDATE`);
}

/** Bumps the version of a live campaign read at `version`; a 409 (nothing written) when someone changed it since. */
export async function claimVersion(tx: Tx, id: string, version: number, data: Prisma.CampaignUncheckedUpdateManyInput = {}): Promise<void> {
  const { count } = await tx.campaign.updateMany({ where: { id, version, deletedAt: null }, data: { ...data, version: { increment: 1 } } });
  if (count === 1) return;
  const current = await tx.campaign.findUnique({ where: { id }, select: { version: true } });
  throw new ApiError(
    409,
    "conflict",
    `This campaign was changed by someone else since you opened it (your version ${version}, current ${current?.version ?? "?"}). Nothing was saved: reload and try again.`,
    [{ path: "version", message: `is stale: the current version is ${current?.version ?? "unknown"}` }],
  );
}

/** A live campaign for a merge or split, or the 404 / 409 that says why not. */
export async function liveCampaign(tx: Tx, id: string) {
  const row = await tx.campaign.findUnique({ where: { id }, include: { mergedInto: { select: { name: true, slug: true } } } });
  if (!row) throw ApiError.notFound("Campaign");
  if (row.mergedInto) {
    throw new ApiError(409, "conflict", `This campaign was already merged into “${row.mergedInto.name}”`, [{ path: "id", message: "is a merged campaign" }]);
  }
  if (row.deletedAt) throw ApiError.notFound("Campaign");
  return row;
}
