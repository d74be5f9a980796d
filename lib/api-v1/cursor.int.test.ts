import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ApiError } from "../http/errors";
import { listNarratives } from "./narratives/store";
import { listItems } from "./items/queries";
import { openHarness, type Harness } from "./testing/harness";
import type { Principal } from "../auth/principal";

describe("cursor pagination", () => {
  let h: Harness;
  let reader: Principal;
  beforeAll(async () => {
    h = await openHarness();
    reader = (await h.user("journalist")).principal;
    // 57 narratives, created in groups of 5 with the very same created_at: ties must be broken by id.
    const base = Date.UTC(2025, 0, 1);
    await h.database.prisma.narrative.createMany({
      data: Array.from({ length: 57 }, (_, i) => ({ title: `Narrative ${i}`, createdAt: new Date(base + Math.floor(i / 5) * 1000) })),
    });
  });
  afterAll(async () => h?.close());

  it("walks every row exactly once, newest first, for every page size", async () => {
    for (const limit of [1, 4, 5, 7, 56, 57, 200]) {
      const seen: string[] = [];
      let cursor: string | undefined;
      let pages = 0;
      do {
        const page = await listNarratives(h.database.prisma, { limit, cursor }, reader);
        seen.push(...page.data.map((n) => n.title));
        cursor = page.nextCursor ?? undefined;
        expect(page.data.length).toBeLessThanOrEqual(limit);
        pages += 1;
      } while (cursor && pages < 100);
      expect(seen).toHaveLength(57);
      expect(new Set(seen).size).toBe(57);
      expect(pages).toBe(Math.max(1, Math.ceil(57 / limit)));
    }
  });

  it("keeps later pages stable when rows are inserted before them", async () => {
    const first = await listNarratives(h.database.prisma, { limit: 10 }, reader);
    await h.database.prisma.narrative.create({ data: { title: "Brand new" } });
    const second = await listNarratives(h.database.prisma, { limit: 10, cursor: first.nextCursor! }, reader);
    expect(second.data.map((n) => n.title)).not.toContain("Brand new");
    expect(new Set([...first.data, ...second.data].map((n) => n.id)).size).toBe(20);
  });

  it("refuses a cursor it did not issue with a 422 naming the cursor", async () => {
    for (const cursor of ["garbage", Buffer.from('{"t":"x","i":"y"}').toString("base64url"), "e30"]) {
      const error = await listItems(h.database.prisma, { limit: 5, cursor }, reader).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ApiError);
      expect((error as ApiError).status).toBe(422);
      expect((error as ApiError).details?.[0].path).toBe("cursor");
    }
  });
});
