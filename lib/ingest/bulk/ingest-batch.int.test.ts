import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "../../generated/prisma/client";
import { sqlTransaction } from "../../db/sql-transaction";
import { loadDisarm } from "../../disarm/load";
import { ApiError } from "../../http/errors";
import { createTestDatabase, type TestDatabase } from "../../testing/test-database";
import { logSighting } from "../log-sighting";
import { DELETED_URL, equivalenceRows, KNOWN_URL } from "./equivalence-fixture";
import { ingestBatch } from "./ingest-batch";

const ACTOR = { kind: "system" } as const;

async function prepare(prisma: PrismaClient) {
  await loadDisarm(prisma);
  await prisma.languageMarker.create({ data: { slug: "russian-syntax-calque", name: "Russian syntax calque" } });
  await prisma.campaign.create({ data: { slug: "polexit", name: "Polexit" } });
  await prisma.item.create({ data: { kind: "post", title: "Known", canonicalUrl: KNOWN_URL, originalUrl: KNOWN_URL, targetCountries: ["FR"] } });
  await prisma.item.create({ data: { kind: "post", title: "Deleted", canonicalUrl: DELETED_URL, originalUrl: DELETED_URL, deletedAt: new Date() } });
}

/** Everything the two paths must agree on, keyed by content (ids are random), in a stable order. */
async function snapshot(prisma: PrismaClient) {
  const items = await prisma.item.findMany({
    include: {
      persons: { include: { person: true } },
      organizations: { include: { organization: true } },
      narratives: { include: { narrative: true } },
      techniques: true,
      annotations: true,
      campaigns: true,
      sightings: { include: { account: true } },
    },
  });
  const key = (i: { canonicalUrl: string | null; title: string | null }) => i.canonicalUrl ?? i.title ?? "";
  return {
    items: items
      .map((i) => ({
        key: key(i),
        ...pickItem(i),
        persons: i.persons.map((p) => `${p.person.name}:${p.role}`).sort(),
        organizations: i.organizations.map((o) => `${o.organization.name}:${o.role}`).sort(),
        narratives: i.narratives.map((n) => n.narrative.title).sort(),
        techniques: i.techniques.map((t) => t.techniqueId).sort(),
        annotations: i.annotations.map((a) => `${a.quote}@${a.startOffset}-${a.endOffset}`).sort(),
        campaigns: i.campaigns.map((c) => `${c.status}:${c.confidence}`).sort(),
        sightings: i.sightings
          .map((s) =>
            [s.url, s.canonicalUrl, s.platform, s.platformRaw, s.observedAt.toISOString(), s.views?.toString(), s.audienceCountry, s.account?.handle,
              s.channel, s.archiveUrl, s.title, s.text, s.notes].join("|"),
          )
          .sort(),
      }))
      .sort((a, b) => a.key.localeCompare(b.key)),
    counts: {
      persons: await prisma.person.count(),
      organizations: await prisma.organization.count(),
      narratives: await prisma.narrative.count(),
      accounts: await prisma.account.count(),
      sightings: await prisma.sighting.count(),
      audit: (await prisma.auditEvent.groupBy({ by: ["entityType", "action"], _count: true }))
        .map((g) => `${g.entityType}:${g.action}:${g._count}`)
        .sort(),
    },
    // The full-text vector comes from the items trigger on every path; the bulk INSERT must leave it identical.
    searchVectors: await prisma.$queryRaw<{ key: string; vector: string }[]>`
      SELECT coalesce(canonical_url, title, '') AS key, search_vector::text AS vector FROM items ORDER BY 1, 2`,
    campaign: await prisma.campaign.findFirstOrThrow({ where: { slug: "polexit" }, select: { itemCount: true, sightingCount: true, firstSeenAt: true } }),
  };
}

function pickItem(i: Awaited<ReturnType<PrismaClient["item"]["findMany"]>>[number]) {
  const { kind, title, text, originalUrl, canonicalUrl, platform, platformRaw, languages, languagesDetected, publishedAt, verdict } = i;
  const { manipulations, targetCountries, archiveUrl, notes } = i;
  const { fileSha256, textMinhash, lshBands, firstSeenAt, lastSeenAt, sightingCount, version, deletedAt } = i;
  return { kind, title, text, originalUrl, canonicalUrl, platform, platformRaw, languages, languagesDetected, publishedAt, verdict,
    manipulations, targetCountries, archiveUrl, notes, fileSha256, textMinhash, lshBands, firstSeenAt, lastSeenAt, sightingCount, version,
    deleted: deletedAt !== null };
}

describe("ingestBatch ≡ logSighting (merge) row for row", () => {
  let rowByRow: TestDatabase;
  let bulk: TestDatabase;
  beforeAll(async () => {
    rowByRow = await createTestDatabase();
    bulk = await createTestDatabase();
    await prepare(rowByRow.prisma);
    await prepare(bulk.prisma);
  });
  afterAll(async () => {
    await rowByRow?.destroy();
    await bulk?.destroy();
  });

  it("writes the same items, sightings, links and counts, and fails the same rows on the same fields", async () => {
    const expectedFailures: string[] = [];
    for (const { rowNumber, input } of equivalenceRows()) {
      try {
        await logSighting(rowByRow.prisma, input, { channel: "import", actor: ACTOR, onDuplicate: "merge" });
      } catch (error) {
        if (!(error instanceof ApiError)) throw error;
        expectedFailures.push(`${rowNumber}:${error.details?.[0]?.path}`);
      }
    }
    const rows = equivalenceRows().map((r) => ({ ...r, rowKey: null }));
    const results = [
      ...(await sqlTransaction(bulk.prisma, (tx) => ingestBatch(tx, rows.slice(0, 120), { channel: "import", actor: ACTOR }))),
      ...(await sqlTransaction(bulk.prisma, (tx) => ingestBatch(tx, rows.slice(120), { channel: "import", actor: ACTOR }))),
    ];
    expect(results.map((r) => r.rowNumber)).toEqual(rows.map((r) => r.rowNumber));
    expect(results.filter((r) => r.status === "failed").map((r) => `${r.rowNumber}:${r.field}`)).toEqual(expectedFailures);
    expect(expectedFailures.length).toBeGreaterThan(5);
    expect(results.filter((r) => r.status === "merged").length).toBeGreaterThan(40);

    const [expected, actual] = [await snapshot(rowByRow.prisma), await snapshot(bulk.prisma)];
    expect(actual.counts).toEqual(expected.counts);
    expect(actual.campaign).toEqual(expected.campaign);
    expect(actual.searchVectors).toEqual(expected.searchVectors);
    expect(actual.searchVectors.every((v) => v.vector.length > 0)).toBe(true);
    expect(actual.items.length).toBe(expected.items.length);
    for (const [k, item] of actual.items.entries()) expect(item).toEqual(expected.items[k]);
  }, 180_000); // 200 row-by-row transactions and two snapshots: minutes on a loaded shared machine
});
