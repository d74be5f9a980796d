import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mergeCampaigns } from "../campaigns/merge-campaigns";
import { loadDisarm } from "../disarm/load";
import { importFile } from "../imports/import-file";
import { setItemDeleted } from "../items/soft-delete-item";
import { createTestDatabase, type TestDatabase } from "../testing/test-database";
import { getLanguages } from "./get-languages";
import { getSpread } from "./get-spread";
import { getTimeToDebunk } from "./get-time-to-debunk";

const FIXTURE = path.join(import.meta.dirname, "..", "imports", "fixtures", "sightings.csv");
const SYSTEM = { kind: "system" } as const;

/**
 * The analytics rollups (analytics_items, analytics_cells, analytics_days, analytics_campaign_days) are kept by
 * triggers. After each kind of write, every rollup row must equal what a from-scratch aggregate of the base tables
 * gives (written here independently of the migration's function), and nothing else may be there.
 */
const EXPECTED = {
  cells: `SELECT s.item_id, (s.observed_at AT TIME ZONE 'UTC')::date AS day, coalesce(s.platform, '') AS platform,
      coalesce(trim(s.audience_country), '') AS audience_country, count(*)::int AS sightings,
      coalesce(sum(s.views), 0)::bigint AS views, coalesce(sum(s.shares), 0)::bigint AS shares,
      coalesce(sum(s.reactions), 0)::bigint AS reactions, min(s.observed_at) AS first_at,
      i.platform AS item_platform, i.languages, i.verdict, i.target_countries,
      coalesce((SELECT array_agg(ic.campaign_id ORDER BY ic.campaign_id) FROM item_campaigns ic
        WHERE ic.item_id = i.id AND ic.status = 'confirmed'), '{}') AS campaign_ids
    FROM sightings s JOIN items i ON i.id = s.item_id
    WHERE s.deleted_at IS NULL AND i.deleted_at IS NULL GROUP BY s.item_id, 2, 3, 4, i.id`,
  items: `SELECT i.id AS item_id, i.platform AS item_platform, i.languages, i.verdict, i.target_countries,
      (SELECT count(*)::int FROM sightings s WHERE s.item_id = i.id AND s.deleted_at IS NULL) AS sightings,
      (SELECT min(s.observed_at) FROM sightings s WHERE s.item_id = i.id AND s.deleted_at IS NULL) AS first_seen_at,
      coalesce((SELECT array_agg(DISTINCT (s.observed_at AT TIME ZONE 'UTC')::date ORDER BY (s.observed_at AT TIME ZONE 'UTC')::date)
        FROM sightings s WHERE s.item_id = i.id AND s.deleted_at IS NULL), '{}') AS day_list
    FROM items i WHERE i.deleted_at IS NULL`,
  days: `SELECT day, platform, audience_country, sum(sightings)::int AS sightings, sum(views)::bigint AS views
    FROM (CELLS) c GROUP BY 1, 2, 3`,
  campaignDays: `SELECT cid AS campaign_id, day, sum(sightings)::int AS sightings, sum(views)::bigint AS views
    FROM (CELLS) c CROSS JOIN LATERAL unnest(CASE WHEN cardinality(c.campaign_ids) > 0 THEN c.campaign_ids
      ELSE ARRAY['00000000-0000-0000-0000-000000000000'::uuid] END) AS cid GROUP BY 1, 2`,
};
const ACTUAL = {
  cells: `SELECT item_id, day, platform, audience_country, sightings, views, shares, reactions, first_at, item_platform,
      languages, verdict, target_countries, campaign_ids FROM analytics_cells`,
  items: `SELECT item_id, item_platform, languages, verdict, target_countries, sightings, first_seen_at, day_list FROM analytics_items`,
  // The totals' rows are additions, summed by key as the queries do; a key that sums to zero is no total.
  days: `SELECT day, platform, audience_country, sum(sightings)::int, sum(views)::bigint FROM analytics_days
    GROUP BY 1, 2, 3 HAVING sum(sightings) > 0`,
  campaignDays: `SELECT campaign_id, day, sum(sightings)::int, sum(views)::bigint FROM analytics_campaign_days
    GROUP BY 1, 2 HAVING sum(sightings) > 0`,
};

describe(`analytics rollups follow writes (${process.env.SIGHTLINE_TEST_DB ?? "pglite"})`, () => {
  let database: TestDatabase;
  let dataDir: string;

  /** Rows in one set and not the other, both ways: [] when the rollup is exact. */
  async function drift() {
    const out: Record<string, unknown[]> = {};
    for (const key of Object.keys(EXPECTED) as (keyof typeof EXPECTED)[]) {
      const expected = EXPECTED[key].replace("CELLS", EXPECTED.cells);
      const rows = await database.prisma.$queryRawUnsafe<unknown[]>(
        `(${expected} EXCEPT ${ACTUAL[key]}) UNION ALL (${ACTUAL[key]} EXCEPT ${expected})`,
      );
      if (rows.length) out[key] = rows;
    }
    return out;
  }

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), "sightline-rollups-"));
    process.env.SIGHTLINE_DATA_DIR = dataDir;
    database = await createTestDatabase();
    await loadDisarm(database.prisma);
  }, 120_000);
  afterAll(async () => {
    await database?.destroy();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("an import batch (new items, a merged duplicate with grown target countries)", async () => {
    const job = await importFile(database.prisma, FIXTURE, { actor: SYSTEM });
    expect(job.created).toBeGreaterThan(0);
    expect(await drift()).toEqual({});
    const { rows } = await getSpread({ interval: "month", stack: "platform" }, database.prisma);
    expect(rows.reduce((n, r) => n + r.sightings, 0)).toBe(await database.prisma.sighting.count({ where: { deletedAt: null } }));
  });

  it("campaign links confirmed, rejected and merged", async () => {
    const p = database.prisma;
    const items = await p.item.findMany({ orderBy: { createdAt: "asc" }, select: { id: true } });
    const [one, two] = await Promise.all([
      p.campaign.create({ data: { slug: "one", name: "One" } }),
      p.campaign.create({ data: { slug: "two", name: "Two" } }),
    ]);
    await p.itemCampaign.createMany({
      data: [
        { itemId: items[0].id, campaignId: one.id, status: "confirmed" },
        { itemId: items[1].id, campaignId: one.id, status: "suggested" },
        { itemId: items[1].id, campaignId: two.id, status: "confirmed" },
      ],
    });
    expect(await drift()).toEqual({});
    await p.itemCampaign.update({ where: { itemId_campaignId: { itemId: items[1].id, campaignId: one.id } }, data: { status: "confirmed" } });
    await p.itemCampaign.update({ where: { itemId_campaignId: { itemId: items[1].id, campaignId: two.id } }, data: { status: "rejected" } });
    expect(await drift()).toEqual({});
    await p.itemCampaign.create({ data: { itemId: items[2].id, campaignId: two.id, status: "confirmed" } });
    await mergeCampaigns(p, two.id, { version: two.version, into: "one" }, SYSTEM);
    expect(await drift()).toEqual({});
    const { rows } = await getSpread({ interval: "month", stack: "campaign", campaign: "one" }, p);
    expect(new Set(rows.map((r) => r.key))).toEqual(new Set(["one"]));
  });

  it("a sighting edited, soft-deleted, and added by hand", async () => {
    const p = database.prisma;
    const sighting = await p.sighting.findFirstOrThrow({ orderBy: { observedAt: "asc" } });
    await p.sighting.update({ where: { id: sighting.id }, data: { observedAt: new Date("2024-12-31T23:30:00Z"), audienceCountry: "FR", views: 7n } });
    expect(await drift()).toEqual({});
    await p.sighting.update({ where: { id: sighting.id }, data: { deletedAt: new Date() } });
    expect(await drift()).toEqual({});
    await p.sighting.create({ data: { itemId: sighting.itemId, platform: "telegram", observedAt: new Date("2025-03-01T08:00:00Z"), shares: 3n } });
    expect(await drift()).toEqual({});
  });

  it("an item soft-deleted, edited and restored", async () => {
    const p = database.prisma;
    const item = await p.item.findFirstOrThrow({ where: { languages: { has: "pl" } }, include: { sightings: { where: { deletedAt: null } } } });
    const before = (await getLanguages({}, p)).languages.find((l) => l.language === "pl")!;
    await setItemDeleted(p, item.id, true, SYSTEM);
    expect(await drift()).toEqual({});
    const after = (await getLanguages({}, p)).languages.find((l) => l.language === "pl");
    expect(after?.items ?? 0).toBe(before.items - 1);
    expect(after?.sightings ?? 0).toBe(before.sightings - item.sightings.length);
    await p.item.update({ where: { id: item.id }, data: { languages: ["de"], targetCountries: ["DE"] } });
    await setItemDeleted(p, item.id, false, SYSTEM);
    expect(await drift()).toEqual({});
    expect((await getLanguages({ language: "de" }, p)).languages).toEqual([{ language: "de", items: 1, sightings: item.sightings.length }]);
  });

  it("a debunk recorded by an audited verdict and by a dated fact-check", async () => {
    const p = database.prisma;
    // Earlier tests moved sightings without refreshing items.first_seen_at; the rollup computes its own.
    const [item] = await p.$queryRaw<{ id: string; seen: Date }[]>`
      SELECT item_id AS id, first_seen_at AS seen FROM analytics_items WHERE first_seen_at IS NOT NULL AND verdict <> 'false' LIMIT 1`;
    await p.item.update({ where: { id: item.id }, data: { verdict: "false" } });
    const base = await getTimeToDebunk({ verdict: "false" }, p);
    expect(base).toMatchObject({ timed: 0 });
    const seen = item.seen.getTime();
    await p.auditEvent.create({ data: { action: "update", entityType: "item", entityId: item.id, at: new Date(seen + 10 * 3_600_000), after: { verdict: "false" } } });
    expect(await getTimeToDebunk({ verdict: "false" }, p)).toMatchObject({ timed: base.timed + 1, medianHours: 10 });
    const check = await p.source.create({ data: { title: "Check", kind: "fact_check", publishedAt: new Date(seen + 2 * 3_600_000) } });
    await p.itemSource.create({ data: { itemId: item.id, sourceId: check.id } });
    expect(await getTimeToDebunk({ verdict: "false" }, p)).toMatchObject({ medianHours: 2 });
    await p.source.update({ where: { id: check.id }, data: { deletedAt: new Date() } });
    expect(await getTimeToDebunk({ verdict: "false" }, p)).toMatchObject({ medianHours: 10 });
  });

  it("folding the day totals changes no total and leaves one row per key", async () => {
    const p = database.prisma;
    await p.$executeRawUnsafe("SELECT analytics_compact_totals()");
    expect(await drift()).toEqual({});
    const [counts] = await p.$queryRaw<{ rows: number; keys: number; loose: number }[]>`
      SELECT count(*)::int AS rows, count(DISTINCT (day, platform, audience_country))::int AS keys,
        count(*) FILTER (WHERE NOT compacted)::int AS loose FROM analytics_days`;
    expect(counts).toEqual({ rows: counts.keys, keys: counts.keys, loose: 0 });
    // Later writes add rows again, and the sums stay right.
    const sighting = await p.sighting.findFirstOrThrow({ where: { deletedAt: null } });
    await p.sighting.update({ where: { id: sighting.id }, data: { views: 12_345n } });
    expect(await drift()).toEqual({});
  });

  it.runIf(process.env.SIGHTLINE_TEST_DB === "postgres")("writers of different items on the same day never wait for each other's totals", async () => {
    const url = (database.driver as { url: string }).url;
    const [first, second] = await database.prisma.item.findMany({ where: { deletedAt: null }, take: 2, select: { id: true } });
    const open = async () => {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      await client.query("BEGIN; SET LOCAL lock_timeout = '2s'");
      return client;
    };
    const [one, two] = [await open(), await open()];
    const log = (client: pg.Client, itemId: string) =>
      client.query("INSERT INTO sightings (item_id, platform, audience_country, observed_at, views) VALUES ($1, 'x', 'PL', '2025-06-01T10:00:00Z', 5)", [itemId]);
    try {
      // The first writer stays open holding whatever its write locked; the second, on the same day, platform and
      // country, must not wait for it (in-place totals made it wait: a lock_timeout error here).
      await log(one, first.id);
      await log(two, second.id);
      await two.query("COMMIT");
      await one.query("COMMIT");
    } finally {
      await Promise.all([one.end(), two.end()]);
    }
    expect(await drift()).toEqual({});
  });
});

