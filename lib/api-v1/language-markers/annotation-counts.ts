import type { PrismaClient } from "../../generated/prisma/client";

/**
 * How many annotations use each marker: one grouped count for a whole page of markers (never a query per row).
 * Only live annotations on live items count — what a reader can still see, and what the analytics marker chart
 * sums when unfiltered. Markers nobody used are absent from the map (read them as 0).
 */
export async function countAnnotationsByMarker(prisma: PrismaClient, markerIds: string[]): Promise<Map<string, number>> {
  if (markerIds.length === 0) return new Map();
  const groups = await prisma.markerAnnotation.groupBy({
    by: ["markerId"],
    where: { markerId: { in: markerIds }, deletedAt: null, item: { deletedAt: null } },
    _count: { _all: true },
  });
  return new Map(groups.map((g) => [g.markerId, g._count._all]));
}
