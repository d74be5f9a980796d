import { createHash } from "node:crypto";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedRealCaseIfEmpty } from "../seed/prepare";
import { createTestDatabase, type TestDatabase } from "../testing/test-database";
import { prepareExport, type ExportManifest } from "./build-export";
import { CSV_TABLES, csvTableFile } from "./csv-export";
import { auditedDownload } from "./download-audit";
import { endExportPools, openReadSession } from "./read-session";
import { collect, tempFile, unzipFiles } from "./testing/read-export";
import { validateWith } from "./testing/validators";

const NOW = new Date("2026-01-15T12:00:00.000Z");

describe(`exports (${process.env.SIGHTLINE_TEST_DB ?? "pglite"})`, () => {
  let database: TestDatabase;
  const run = async (format: Parameters<typeof prepareExport>[1]["format"], filter = {}, table?: string) =>
    collect(await prepareExport(database, { format, filter, table }, { now: NOW }));

  beforeAll(async () => {
    database = await createTestDatabase();
    await seedRealCaseIfEmpty(database.prisma);
  }, 120_000);
  afterAll(async () => {
    await endExportPools();
    await database?.destroy();
  });

  it("CSV: a ZIP of one file per entity, a codebook naming every column, and a manifest with each file's SHA-256", async () => {
    const files = unzipFiles(await run("csv"));
    const manifest = JSON.parse(files.get("manifest.json")!.toString()) as ExportManifest;
    expect([...files.keys()].sort()).toEqual([...CSV_TABLES.map((t) => `${t.name}.csv`), "codebook.csv", "manifest.json"].sort());
    const codebook = parse(files.get("codebook.csv")!, { columns: true }) as Record<string, string>[];
    for (const summary of manifest.files) {
      const bytes = files.get(summary.name)!;
      expect(createHash("sha256").update(bytes).digest("hex")).toBe(summary.sha256);
      expect(bytes.length).toBe(summary.bytes);
      const rows = parse(bytes, { bom: false, relax_column_count: false }) as string[][];
      expect(rows.length - 1, summary.name).toBe(summary.rows);
      if (summary.name === "codebook.csv") continue;
      const documented = codebook.filter((c) => c.file === summary.name && c.column).map((c) => c.column);
      expect(rows[0], summary.name).toEqual(documented);
      // RFC 4180: CRLF between records.
      expect(bytes.toString("utf8").split("\r\n").length).toBeGreaterThan(rows.length - 1);
    }
    const items = manifest.files.find((f) => f.name === "items.csv")!;
    expect(items.rows).toBe(await database.prisma.item.count({ where: { deletedAt: null } }));
    expect(manifest.files.find((f) => f.name === "sightings.csv")!.rows).toBeGreaterThan(items.rows);
    for (const c of codebook) expect(c.meaning, `${c.file} ${c.column}`).not.toBe("");
  });

  it("CSV: ids in link files are found in the entity files (no dangling keys)", async () => {
    const files = unzipFiles(await run("csv", { campaign: "matryoshka" }));
    const ids = (name: string, column = "id") => new Set((parse(files.get(name)!, { columns: true }) as Record<string, string>[]).map((r) => r[column]));
    const items = ids("items.csv");
    expect(items.size).toBeGreaterThan(0);
    for (const id of ids("sightings.csv", "item_id")) expect(items.has(id)).toBe(true);
    const persons = ids("persons.csv");
    for (const id of ids("item_persons.csv", "person_id")) expect(persons.has(id)).toBe(true);
    const campaigns = ids("campaigns.csv");
    for (const id of ids("item_campaigns.csv", "campaign_id")) expect(campaigns.has(id)).toBe(true);
  });

  it("COPY (PostgreSQL) and the cursor path (PGlite) write the same CSV bytes", async () => {
    const session = await openReadSession(database);
    const cursorOnly = { ...session, copyCsv: () => null };
    try {
      for (const table of CSV_TABLES) {
        const read = async (s: typeof session) => {
          const chunks: Buffer[] = [];
          for await (const chunk of csvTableFile(s, table, {}).content()) chunks.push(chunk);
          return Buffer.concat(chunks).toString("utf8");
        };
        expect(await read(session), table.name).toBe(await read(cursorOnly));
      }
    } finally {
      await session.close();
    }
  });

  it("the same request gives the same bytes", async () => {
    expect((await run("csv", {}, "observations")).equals(await run("csv", {}, "observations"))).toBe(true);
    expect((await run("stix")).equals(await run("stix"))).toBe(true);
  });

  it("JSONL: one item per line with its sightings nested", async () => {
    const lines = (await run("jsonl", { campaign: "matryoshka" })).toString("utf8").trimEnd().split("\n").map((l) => JSON.parse(l));
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.every((l) => Array.isArray(l.sightings) && l.campaigns.some((c: { slug: string }) => c.slug === "matryoshka"))).toBe(true);
    // The STIX export's internal flag stays out of the researcher's file.
    expect(lines.some((l) => "file_owner" in l)).toBe(false);
  });

  it("STIX 2.1: the official schemas accept the bundle, no reference dangles, DISARM is a kill chain of its own", async () => {
    const bytes = await run("stix");
    expect(validateWith("stix", tempFile("bundle.json", bytes))).toBe("");
    const objects = (JSON.parse(bytes.toString()) as { objects: Record<string, unknown>[] }).objects;
    const types = new Set(objects.map((o) => o.type));
    for (const t of ["campaign", "identity", "threat-actor", "observed-data", "url", "sighting", "relationship", "attack-pattern", "note", "report"]) {
      expect(types, t).toContain(t);
    }
    const relationships = new Set(objects.filter((o) => o.type === "relationship").map((o) => o.relationship_type));
    for (const r of ["impersonates", "attributed-to", "uses", "related-to"]) expect(relationships, r).toContain(r);
    const pattern = objects.find((o) => o.type === "attack-pattern") as { kill_chain_phases: { kill_chain_name: string }[]; external_references: { source_name: string; external_id: string }[] };
    expect(pattern.kill_chain_phases[0].kill_chain_name).toBe("disarm");
    expect(pattern.external_references[0]).toMatchObject({ source_name: "DISARM", external_id: expect.stringMatching(/^T\d{4}/) });
  });

  it("STIX: an entity has the same id in every export, whatever the filter", async () => {
    const idsOf = async (filter: object) =>
      new Set((JSON.parse((await run("stix", filter)).toString()) as { objects: { id: string; type: string }[] }).objects.filter((o) => o.type === "campaign").map((o) => o.id));
    const all = await idsOf({});
    const one = await idsOf({ campaign: "matryoshka" });
    expect(one.size).toBe(1);
    expect(all).toContain([...one][0]);
  });

  it("ClaimReview: the shared checker accepts the JSON-LD, one review per item with a verdict", async () => {
    const bytes = await run("claimreview");
    expect(validateWith("claimreview", tempFile("reviews.jsonld", bytes))).toBe("");
    const graph = (JSON.parse(bytes.toString()) as { "@graph": { "@type": string }[] })["@graph"];
    const reviewed = await database.prisma.item.count({ where: { deletedAt: null, verdict: { not: "unverified" } } });
    expect(graph.filter((g) => g["@type"] === "ClaimReview")).toHaveLength(reviewed);
  });

  it("GEXF 1.3 and GraphML: the official schemas accept the campaign graph", async () => {
    const gexf = await run("gexf", { campaign: "matryoshka" });
    expect(validateWith("gexf", tempFile("graph.gexf", gexf))).toBe("");
    expect(gexf.toString()).toContain("<node ");
    const graphml = await run("graphml", { campaign: "matryoshka" });
    expect(validateWith("graphml", tempFile("graph.graphml", graphml))).toBe("");
    expect(graphml.toString()).toMatch(/<edge id="e0"/);
  });

  it("refuses a campaign that does not exist, naming the field", async () => {
    await expect(prepareExport(database, { format: "csv", filter: { campaign: "no-such-campaign" } })).rejects.toMatchObject({
      status: 422,
      details: [{ path: "campaign" }],
    });
  });

  it("a plain download leaves an audit event once it has ended: who, format, filter, items and rows per file", async () => {
    const user = await database.prisma.user.findFirstOrThrow({ select: { id: true } });
    const actor = { kind: "user" as const, userId: user.id };
    const filter = { campaign: "matryoshka" };
    const done = auditedDownload(await prepareExport(database, { format: "csv", filter, table: "items" }), database, actor, { table: "items" });
    const bytes = await collect(done);
    const event = await database.prisma.auditEvent.findFirstOrThrow({ where: { entityType: "export", entityId: done.downloadId } });
    const rows = (parse(bytes) as string[][]).length - 1;
    expect(event).toMatchObject({ action: "download", actorKind: "user", actorId: user.id });
    expect(event.after).toMatchObject({ outcome: "completed", format: "csv", table: "items", filter, items: rows, files: [{ name: "items.csv", rows, bytes: bytes.length }] });

    // A client that goes away after the first chunk: recorded as aborted, without the file it did not finish.
    const left = auditedDownload(await prepareExport(database, { format: "csv", filter: {} }), database, actor);
    const body = left.body();
    await body.next();
    await body.return(undefined);
    const aborted = await database.prisma.auditEvent.findFirstOrThrow({ where: { entityType: "export", entityId: left.downloadId } });
    expect(aborted.after).toMatchObject({ outcome: "aborted", format: "csv", files: [] });
  });
});
