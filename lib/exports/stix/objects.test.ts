import { describe, expect, it } from "vitest";
import { observableId, stixId } from "./ids";
import { itemObjects, type ItemJson } from "./objects";

const item: ItemJson = {
  id: "0b8e6c1e-1111-4222-8333-944455556666", kind: "video", title: "Fake", text: "Quote “here” text", original_url: "https://x.com/a/status/1",
  canonical_url: "https://x.com/a/status/1", platform: "x", languages: ["en"], published_at: null, verdict: "synthetic", manipulations: ["voice_clone"],
  target_countries: ["FR"], file_sha256: "a".repeat(64), first_seen_at: "2025-01-02T00:00:00.000Z", created_at: "2025-01-02T00:00:00.000Z",
  updated_at: "2025-01-03T00:00:00.000Z", file_owner: false, campaigns: [], persons: [], organizations: [], techniques: [], annotations: [],
  sightings: [],
};

describe("STIX ids", () => {
  it("are UUIDv5 of the entity, the same on every call", () => {
    expect(stixId("campaign", "campaign:1")).toBe(stixId("campaign", "campaign:1"));
    expect(stixId("campaign", "campaign:1")).toMatch(/^campaign--[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(stixId("campaign", "campaign:1")).not.toBe(stixId("campaign", "campaign:2"));
  });

  it("give observables the id STIX 2.1 prescribes (UUIDv5 over the canonical JSON, STIX namespace)", () => {
    // The id python-stix2 computes for URL(value="https://example.com").
    expect(observableId("url", { value: "https://example.com" })).toBe("url--528ccb4e-e65b-57d2-8aef-9eca4c7fb79f");
  });

  it("an item sharing another item's file refers to the file without writing it again", () => {
    const objects = itemObjects(item, { campaigns: new Set(), parties: new Set() });
    expect(objects.map((o) => o.type)).toEqual(["url", "observed-data"]);
    expect((objects[1].object_refs as string[]).some((r) => r.startsWith("file--"))).toBe(true);
    // Neither URL nor file (an e-mail, a tweet without a link): a custom observable stands for the content.
    const bare = itemObjects({ ...item, original_url: null, canonical_url: null, file_sha256: null }, { campaigns: new Set(), parties: new Set() });
    expect(bare.map((o) => o.type)).toEqual(["x-sightline-content", "observed-data"]);
    expect(bare[1].object_refs).toEqual([bare[0].id]);
  });

  it("a malformed URL is percent-encoded into a valid URI, the verbatim value kept beside it", () => {
    for (const [raw, value] of [
      ["https://example.org/a%zz b", "https://example.org/a%25zz%20b"],
      ["https://web.archive.orghttp://example.com/x", "https://web.archive.orghttp://example.com/x"],
      ["https://example.org/ü?q=a|b#x#y", "https://example.org/%C3%BC?q=a%7Cb#x%23y"],
    ]) {
      const [url, observed] = itemObjects({ ...item, original_url: raw, file_sha256: null }, { campaigns: new Set(), parties: new Set() });
      expect(url.value).toBe(value);
      expect(observed.x_sightline_original_url).toBe(raw === value ? undefined : raw);
    }
  });
});
