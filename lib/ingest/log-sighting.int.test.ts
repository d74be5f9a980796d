import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadDisarm } from "../disarm/load";
import { ApiError } from "../http/errors";
import { createTestDatabase, type TestDatabase } from "../testing/test-database";
import { findDuplicates } from "./find-duplicates";
import { logSighting, type LogSightingOptions } from "./log-sighting";
import { logSightingBodySchema, logSightingSchema } from "./schemas";

const FORM: LogSightingOptions = { channel: "form", actor: { kind: "system" }, onDuplicate: "reject" };
const MERGE: LogSightingOptions = { ...FORM, channel: "api", onDuplicate: "merge" };
const TEXT =
  "Polska musi wyjść z Unii Europejskiej, bo Bruksela decyduje za nas o wszystkim. Jest to konieczność dla naszego narodu.";

const body = (overrides: Record<string, unknown> = {}, sighting: Record<string, unknown> = {}) =>
  logSightingBodySchema.parse({
    item: {
      kind: "video",
      title: "Polexit appeal",
      text: TEXT,
      url: "https://www.youtube.com/watch?v=abcDEF12345&utm_source=x",
      language: "pl",
      targetCountries: ["pl"],
      persons: [{ name: "Alan Read", role: "impersonated" }],
      techniques: ["T0087"],
      annotations: [{ marker: "russian-syntax-calque", quote: "Jest to konieczność" }],
      ...overrides,
    },
    sighting: { observedAt: "2025-02-03T10:00:00Z", platform: "youtube", audienceCountry: "PL", views: 1200, ...sighting },
  });

async function expectFieldError(promise: Promise<unknown>, status: number, path: string) {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(ApiError);
  expect((error as ApiError).status).toBe(status);
  expect((error as ApiError).details?.map((d) => d.path)).toContain(path);
}

describe("logSighting — the one ingest path", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
    await loadDisarm(database.prisma);
    await database.prisma.languageMarker.create({ data: { slug: "russian-syntax-calque", name: "Russian syntax calque" } });
  });
  afterAll(async () => database?.destroy());

  it("creates an item and its sighting with canonical URL, fingerprint, links, audit and derived columns", async () => {
    const result = await logSighting(database.prisma, body(), FORM);
    expect(result.outcome).toBe("created");
    const item = await database.prisma.item.findUniqueOrThrow({
      where: { id: result.itemId },
      include: { persons: { include: { person: true } }, annotations: true, techniques: true, sightings: true },
    });
    expect(item.canonicalUrl).toBe("https://youtube.com/watch?v=abcDEF12345");
    expect(item.platform).toBe("youtube");
    expect(item.targetCountries).toEqual(["PL"]);
    expect(item.textMinhash).toHaveLength(128);
    expect(item.lshBands).toHaveLength(32);
    expect(item.persons[0].person.name).toBe("Alan Read");
    expect(item.annotations[0]).toMatchObject({ quote: "Jest to konieczność", startOffset: TEXT.indexOf("Jest to") });
    expect(item.sightingCount).toBe(1);
    expect(item.firstSeenAt?.toISOString()).toBe("2025-02-03T10:00:00.000Z");
    const audit = await database.prisma.auditEvent.findMany({ where: { entityId: { in: [item.id, result.sightingId] } } });
    expect(audit.map((a) => `${a.entityType}:${a.action}`).sort()).toEqual(["item:create", "sighting:create"]);
  });

  it("finds the known item by URL form, by near-identical text, and refuses a duplicate from the form", async () => {
    const byUrl = await findDuplicates(database.prisma, { url: "https://youtu.be/abcDEF12345?si=tracking" });
    expect(byUrl[0]?.reasons).toContain("same_url");
    const byText = await findDuplicates(database.prisma, { text: TEXT.replace("wszystkim", "wszystkim!") + " Udostępnij." });
    expect(byText[0]?.reasons).toContain("near_identical_text");
    expect(await findDuplicates(database.prisma, { text: "Completely unrelated English text about cooking pasta at home." })).toEqual([]);
    await expectFieldError(logSighting(database.prisma, body(), FORM), 409, "item.url");
  });

  it("merges a duplicate from the API into the known item, adding what it knows", async () => {
    const first = await database.prisma.item.findFirstOrThrow({ where: { canonicalUrl: "https://youtube.com/watch?v=abcDEF12345" } });
    const result = await logSighting(database.prisma, body({ targetCountries: ["DE"], annotations: [] }), MERGE);
    expect(result).toMatchObject({ outcome: "merged", itemId: first.id });
    const item = await database.prisma.item.findUniqueOrThrow({ where: { id: first.id } });
    expect(item.targetCountries.sort()).toEqual(["DE", "PL"]);
    expect(item.sightingCount).toBe(2);
    expect(await database.prisma.person.count({ where: { name: "Alan Read" } })).toBe(1);
  });

  it("a merge keeps everything: the URL as seen, its archive, its wording and notes; the item's empty fields are filled", async () => {
    const { prisma } = database;
    // A sparse first report: a Shorts link only, no kind, title, language or archive.
    const first = await logSighting(prisma, logSightingBodySchema.parse({
      item: { url: "https://m.youtube.com/shorts/zyxWVU98765", platform: "Twitter" },
      sighting: { observedAt: "2025-03-01T10:00:00Z" },
    }), MERGE);
    const created = await prisma.item.findUniqueOrThrow({ where: { id: first.itemId } });
    expect(created).toMatchObject({ kind: "video", platform: "x", platformRaw: null, languages: [], languagesDetected: false, title: null });

    const richer = logSightingBodySchema.parse({
      item: {
        url: "https://youtu.be/zyxWVU98765?t=2640", title: "Polexit appeal", text: TEXT, archiveUrl: "https://archive.ph/abc",
        publishedAt: "2025-02-28T08:00:00Z", notes: "From the fact-check sheet", platform: "Some Forum",
      },
      sighting: { observedAt: "2025-03-02T10:00:00Z", notes: "Seen in a Telegram repost" },
    });
    const merged = await logSighting(prisma, richer, MERGE);
    expect(merged).toMatchObject({ outcome: "merged", itemId: first.itemId });
    const item = await prisma.item.findUniqueOrThrow({ where: { id: first.itemId } });
    expect(item).toMatchObject({
      title: "Polexit appeal", text: TEXT, archiveUrl: "https://archive.ph/abc", notes: "From the fact-check sheet",
      publishedAt: new Date("2025-02-28T08:00:00Z"), languages: ["pl"], languagesDetected: true, platform: "x", version: 2,
    });
    expect(item.lshBands).not.toEqual(created.lshBands);
    const sighting = await prisma.sighting.findUniqueOrThrow({ where: { id: merged.sightingId } });
    expect(sighting).toMatchObject({
      url: "https://youtu.be/zyxWVU98765?t=2640", canonicalUrl: "https://youtube.com/watch?v=zyxWVU98765", archiveUrl: "https://archive.ph/abc",
      title: null, text: null, notes: "Seen in a Telegram repost", platform: "other", platformRaw: "Some Forum",
    });
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { entityId: first.itemId, action: "merge" } });
    expect(audit.before).toMatchObject({ title: null, text: null, archiveUrl: null });
    expect(audit.after).toMatchObject({ title: "Polexit appeal", languages: ["pl"], languagesDetected: true });

    // A third report words the claim differently and has its own archive: the item keeps its values, the sighting the variant.
    const variant = await logSighting(prisma, logSightingBodySchema.parse({
      item: { url: "https://www.youtube.com/watch?v=zyxWVU98765", title: "Polexit!", text: `${TEXT} Udostępnij!`, archiveUrl: "https://web.archive.org/x",
        notes: "Other sheet", languages: ["pl", "ru"] },
      sighting: { observedAt: "2025-03-03T10:00:00Z" },
    }), MERGE);
    const after = await prisma.item.findUniqueOrThrow({ where: { id: first.itemId } });
    expect(after).toMatchObject({ title: "Polexit appeal", text: TEXT, archiveUrl: "https://archive.ph/abc", languages: ["pl", "ru"], languagesDetected: false });
    expect(await prisma.sighting.findUniqueOrThrow({ where: { id: variant.sightingId } })).toMatchObject({
      title: "Polexit!", text: `${TEXT} Udostępnij!`, archiveUrl: "https://web.archive.org/x", notes: "Other sheet",
      url: "https://www.youtube.com/watch?v=zyxWVU98765",
    });
  });

  it("rejects bad input naming the field and saves nothing", async () => {
    const before = await database.prisma.item.count();
    expect(() => body({ targetCountries: ["XX"] })).toThrow(/targetCountries/);
    expect(() => body({ language: "klingon-ish" })).toThrow(/language/);
    expect(() => body({}, { observedAt: "yesterday-ish" })).toThrow(/observedAt/);
    expect(() => body({ archiveUrl: "javascript:alert(1)" })).toThrow(/archiveUrl/);
    expect(() => body({}, { account: { platform: "x", handle: "a", url: "data:text/html,<b>" } })).toThrow(/account/);
    await expectFieldError(logSighting(database.prisma, body({ url: "javascript:alert(1)" }), FORM), 422, "item.url");
    await expectFieldError(logSighting(database.prisma, body({ url: null, techniques: ["T9999"] }), FORM), 422, "item.techniques");
    await expectFieldError(
      logSighting(database.prisma, body({ url: null, annotations: [{ marker: "russian-syntax-calque", quote: "not in the text" }] }), FORM),
      422,
      "item.annotations[0].quote",
    );
    // Fails late, inside the transaction: the item and people created before it must roll back.
    await expectFieldError(
      logSighting(database.prisma, body({ url: null, persons: [{ name: "Nobody New", role: "mentioned" }], annotations: [{ marker: "no-such-marker", quote: "Polska" }] }), FORM),
      422,
      "item.annotations[0].marker",
    );
    expect(await database.prisma.item.count()).toBe(before);
    expect(await database.prisma.person.count({ where: { name: "Nobody New" } })).toBe(0);
  });

  it("accepts names for countries and languages in lenient (import) mode", () => {
    const parsed = logSightingSchema({ lenient: true }).parse({
      item: { kind: "post", title: "x", language: "Polish", targetCountries: ["Poland", "Ukraine"] },
      sighting: { observedAt: "2025-01-01", audienceCountry: "Germany" },
    });
    expect(parsed.item?.languages).toEqual(["pl"]);
    // The former single field is an alias of a one-element list, merged with a list when both come.
    const both = logSightingSchema({ lenient: true }).parse({ item: { title: "x", language: "Russian", languages: ["pl", "ru"] }, sighting: { observedAt: "2025-01-01" } });
    expect(both.item?.languages).toEqual(["ru", "pl"]);
    expect(parsed.item?.targetCountries).toEqual(["PL", "UA"]);
    expect(parsed.sighting.audienceCountry).toBe("DE");
  });
});
