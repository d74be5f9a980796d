import { createHash } from "node:crypto";
import { readFile, readdir } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../audit/record-audit";
import { logSightingBodySchema } from "../ingest/schemas";
import { logFormSighting } from "../sightings/log-form-sighting";
import type { TestDatabase } from "../testing/test-database";
import { absoluteStoragePath } from "./config";
import { readPendingUploads, savePendingUpload } from "./pending-uploads";
import { openEvidence } from "./read-evidence";
import { storeUpload } from "./store-upload";
import { openEvidenceTestEnv, type EvidenceTestEnv } from "./testing/evidence-env";
import { streamOf, tinyZip, TINY_PDF, TINY_PNG } from "./testing/sample-files";
import { rejection } from "../testing/rejection";

const sha = (b: Uint8Array) => createHash("sha256").update(b).digest("hex");

describe("evidence: streamed to disk, hashed, typed by its bytes, attached on save", () => {
  let env: EvidenceTestEnv;
  let database: TestDatabase;
  let dataDir: string;
  let actor: Actor;
  let userId: string;
  beforeAll(async () => {
    env = await openEvidenceTestEnv("sightline-evidence-");
    ({ database, dataDir, actor, userId } = env);
  });
  afterAll(async () => env?.close());

  it("stores a PNG under evidence/<sha[0..2]>/<sha> with the sniffed type and the SHA-256 of its bytes", async () => {
    const stored = await storeUpload(streamOf(TINY_PNG));
    expect(stored).toMatchObject({ sha256: sha(TINY_PNG), sizeBytes: TINY_PNG.length, mimeType: "image/png" });
    expect(stored.storagePath).toBe(`evidence/${sha(TINY_PNG).slice(0, 2)}/${sha(TINY_PNG)}`);
    expect(await readFile(absoluteStoragePath(stored.storagePath))).toEqual(TINY_PNG);
  });

  it("sniffs a PDF as application/pdf", async () => {
    expect((await storeUpload(streamOf(TINY_PDF))).mimeType).toBe("application/pdf");
  });

  it("refuses a zip whatever its name says (415), and leaves no file behind", async () => {
    const error = await rejection(storeUpload(streamOf(tinyZip())));
    expect(error.status).toBe(415);
    expect(error.details?.[0]).toMatchObject({ path: "file" });
    expect(error.message).toContain("application/zip");
    expect(await readdir(path.join(dataDir, "evidence", "tmp"))).toEqual([]);
  });

  it("refuses plain text and an empty file", async () => {
    expect((await rejection(storeUpload(streamOf(Buffer.from("<script>alert(1)</script>"))))).status).toBe(415);
    expect((await rejection(storeUpload(streamOf(new Uint8Array()))))).toMatchObject({ status: 422 });
  });

  it("stops an upload over the limit with 413 and keeps nothing", async () => {
    const big = Buffer.concat([TINY_PNG, Buffer.alloc(4096)]);
    const error = await rejection(storeUpload(streamOf(big, 1024), 2048));
    expect(error.status).toBe(413);
    expect(await readdir(path.join(dataDir, "evidence", "tmp"))).toEqual([]);
  });

  it("links a pending upload to the new item in the save's transaction; the file hash feeds dedup; download headers", async () => {
    const pending = await savePendingUpload(await storeUpload(streamOf(TINY_PNG)), "screen shot.png", userId);
    const input = logSightingBodySchema.parse({ item: { kind: "image", title: "Fake poster" }, sighting: { observedAt: "2025-03-01T10:00:00Z" } });
    const result = await logFormSighting(database.prisma, input, [pending.uploadId], actor);
    const rows = await database.prisma.evidenceFile.findMany({ where: { itemId: result.itemId } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ sha256: sha(TINY_PNG), mimeType: "image/png", sightingId: result.sightingId, uploadedById: userId });
    const item = await database.prisma.item.findUniqueOrThrow({ where: { id: result.itemId } });
    expect(item.fileSha256).toBe(sha(TINY_PNG));
    expect(await database.prisma.auditEvent.count({ where: { entityType: "evidence_file", entityId: rows[0].id } })).toBe(1);
    // The pending upload is used up.
    expect((await rejection(readPendingUploads([pending.uploadId], userId))).details?.[0].path).toBe("evidence[0]");

    const download = await openEvidence(database.prisma, rows[0].id, false);
    expect(download.headers["Content-Type"]).toBe("image/png");
    expect(download.headers["X-Content-Type-Options"]).toBe("nosniff");
    expect(download.headers["Content-Disposition"]).toMatch(/^attachment; filename="screen shot.png"/);
    await download.body.cancel();
  });

  it("rolls everything back when the save fails: no item, no evidence row, the upload stays pending", async () => {
    const pending = await savePendingUpload(await storeUpload(streamOf(TINY_PDF)), "report.pdf", userId);
    const before = { items: await database.prisma.item.count(), files: await database.prisma.evidenceFile.count() };
    // Same file as an existing item: the form rejects the duplicate (409) — after the upload was read.
    const input = logSightingBodySchema.parse({
      item: { kind: "image", title: "Same poster again", fileSha256: sha(TINY_PNG) },
      sighting: { observedAt: "2025-03-02T10:00:00Z" },
    });
    expect((await rejection(logFormSighting(database.prisma, input, [pending.uploadId], actor))).status).toBe(409);
    expect({ items: await database.prisma.item.count(), files: await database.prisma.evidenceFile.count() }).toEqual(before);
    expect(await readPendingUploads([pending.uploadId], userId)).toHaveLength(1);
    // Someone else cannot attach it.
    expect((await rejection(readPendingUploads([pending.uploadId], "00000000-0000-4000-8000-000000000000"))).status).toBe(422);
  });
  it("a failure after the item, its links and the sighting were written leaves nothing of the save", async () => {
    // A real database error on the evidence insert — the last statement of the save — so everything before it
    // (item, person, sighting, audit events, derived columns) must roll back with it.
    await database.prisma.$executeRawUnsafe(`
      CREATE FUNCTION fail_marked_evidence() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.original_name = 'fail-mid-save.png' THEN RAISE EXCEPTION 'injected evidence failure'; END IF;
        RETURN NEW;
      END $$`);
    await database.prisma.$executeRawUnsafe(
      "CREATE TRIGGER fail_marked_evidence BEFORE INSERT ON evidence_files FOR EACH ROW EXECUTE FUNCTION fail_marked_evidence()",
    );
    const counts = async () => ({
      items: await database.prisma.item.count(),
      sightings: await database.prisma.sighting.count(),
      persons: await database.prisma.person.count(),
      files: await database.prisma.evidenceFile.count(),
      audit: await database.prisma.auditEvent.count(),
    });
    const before = await counts();
    const pending = await savePendingUpload(await storeUpload(streamOf(Buffer.concat([TINY_PNG, Buffer.from("mid-save")]))), "fail-mid-save.png", userId);
    const input = logSightingBodySchema.parse({
      item: { kind: "image", title: "Half-saved?", url: "https://example.org/half-saved", persons: [{ name: "New Person", role: "targeted" }] },
      sighting: { observedAt: "2025-03-03T10:00:00Z", account: { platform: "x", handle: "half_saved" } },
    });
    const error = await logFormSighting(database.prisma, input, [pending.uploadId], actor).then(() => null, (e: unknown) => e);
    expect(String(error)).toContain("injected evidence failure");
    expect(await counts()).toEqual(before);
    expect(await database.prisma.item.findFirst({ where: { canonicalUrl: "https://example.org/half-saved" } })).toBeNull();
    expect(await readPendingUploads([pending.uploadId], userId)).toHaveLength(1);
  });
});
