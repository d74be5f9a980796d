import { createHash, randomUUID } from "node:crypto";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedRealCaseIfEmpty } from "../seed/prepare";
import { createTestDatabase, type TestDatabase } from "../testing/test-database";
import { prepareExport } from "./build-export";
import { endExportPools } from "./read-session";
import { createSnapshot, getSnapshot, snapshotDownload, snapshotsDir } from "./snapshots";
import { collect, unzipFiles } from "./testing/read-export";

async function bytesOf(body: () => AsyncGenerator<Buffer>): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of body()) chunks.push(chunk);
  return Buffer.concat(chunks);
}

describe(`export snapshots (${process.env.SIGHTLINE_TEST_DB ?? "pglite"})`, () => {
  let database: TestDatabase;
  const actor = { kind: "system" as const };
  beforeAll(async () => {
    process.env.SIGHTLINE_DATA_DIR = mkdtempSync(path.join(tmpdir(), "sightline-snapshots-"));
    database = await createTestDatabase();
    await seedRealCaseIfEmpty(database.prisma);
  }, 120_000);
  afterAll(async () => {
    await endExportPools();
    await database?.destroy();
  });

  it("pins the files: the manifest's SHA-256s match, and downloads stay byte-identical after the data changes", async () => {
    const snapshot = await createSnapshot(database, { format: "csv", filter: { campaign: "matryoshka" } }, actor);
    expect(snapshot.manifest).toMatchObject({ snapshotId: snapshot.id, format: "csv", filter: { campaign: "matryoshka" } });
    for (const file of snapshot.manifest.files) {
      const stored = readFileSync(path.join(snapshotsDir(), snapshot.id, file.name));
      expect(createHash("sha256").update(stored).digest("hex")).toBe(file.sha256);
    }
    const stored = await getSnapshot(database.prisma, snapshot.id);
    const first = await bytesOf(snapshotDownload(stored).body);
    const files = unzipFiles(first);
    expect(JSON.parse(files.get("manifest.json")!.toString())).toEqual(snapshot.manifest);

    const item = await database.prisma.item.findFirstOrThrow({ where: { campaigns: { some: { campaign: { slug: "matryoshka" }, status: "confirmed" } } } });
    await database.prisma.item.update({ where: { id: item.id }, data: { title: `${item.title} (edited after the snapshot)` } });
    const again = await bytesOf(snapshotDownload(await getSnapshot(database.prisma, snapshot.id)).body);
    expect(again.equals(first)).toBe(true);
    const live = unzipFiles(await collect(await prepareExport(database, { format: "csv", filter: { campaign: "matryoshka" } })));
    expect(live.get("items.csv")!.equals(files.get("items.csv")!)).toBe(false);
    expect(live.get("items.csv")!.toString()).toContain("(edited after the snapshot)");

    const one = await bytesOf(snapshotDownload(stored, "items.csv").body);
    expect(one.equals(files.get("items.csv")!)).toBe(true);
    const audit = await database.prisma.auditEvent.findFirst({ where: { entityType: "export_snapshot", entityId: snapshot.id } });
    expect(audit?.action).toBe("create");
  });

  it("a single-file format is stored as that file", async () => {
    const snapshot = await createSnapshot(database, { format: "stix", filter: {} }, actor);
    expect(snapshot.manifest.files.map((f) => f.name)).toEqual(["bundle.json"]);
    const download = snapshotDownload(await getSnapshot(database.prisma, snapshot.id));
    expect(download.contentType).toMatch(/stix\+json/);
  });

  it("refuses a snapshot id that does not exist, and a file it does not hold, with 404", async () => {
    await expect(getSnapshot(database.prisma, randomUUID())).rejects.toMatchObject({ status: 404 });
    const snapshot = await getSnapshot(database.prisma, (await createSnapshot(database, { format: "jsonl", filter: {} }, actor)).id);
    expect(() => snapshotDownload(snapshot, "../../etc/passwd")).toThrow(expect.objectContaining({ status: 404 }));
  });

  it("a failed export leaves neither files nor a row", async () => {
    const before = await database.prisma.exportSnapshot.count();
    await expect(createSnapshot(database, { format: "csv", filter: { campaign: "no-such-campaign" } }, actor)).rejects.toMatchObject({ status: 422 });
    expect(await database.prisma.exportSnapshot.count()).toBe(before);
  });
});
