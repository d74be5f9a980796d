import { describe, expect, it } from "vitest";
import { canonicaliseUrl } from "../../urls/canonical-url";
import { REAL_CASE_ITEMS } from "../real-case";
import { expandSightings } from "./sightings";

// A fact-checker pastes the short link, a Shorts link or a timestamped link of a demo video: the URL cleaner must
// find the demo item, which only works for real-shaped (11-character) video ids.
describe("demo YouTube data is real-shaped", () => {
  const videos = REAL_CASE_ITEMS.filter((i) => i.canonicalUrl && /youtube\.com|youtu\.be/.test(i.canonicalUrl));

  it("every demo YouTube item has an 11-character id that youtu.be, /shorts and ?t= links resolve to", () => {
    expect(videos.length).toBeGreaterThan(0);
    for (const item of videos) {
      const id = new URL(item.canonicalUrl!).searchParams.get("v")!;
      expect(id).toMatch(/^[A-Za-z0-9_-]{11}$/);
      const canonical = canonicaliseUrl(item.canonicalUrl!).canonical;
      for (const seen of [`https://youtu.be/${id}?t=2640`, `https://m.youtube.com/shorts/${id}`, `https://www.youtube.com/watch?v=${id}&t=5s`]) {
        expect(canonicaliseUrl(seen).canonical).toBe(canonical);
      }
    }
  });

  it("re-uploads seen on YouTube get real-shaped, distinct video URLs", () => {
    const urls = REAL_CASE_ITEMS.flatMap(expandSightings).filter((s) => s.platform === "youtube" && s.url).map((s) => s.url!);
    expect(urls.length).toBeGreaterThan(1);
    for (const url of urls) expect(canonicaliseUrl(url).canonical).toMatch(/^https:\/\/youtube\.com\/watch\?v=[A-Za-z0-9_-]{11}$/);
    expect(new Set(urls).size).toBe(urls.length);
  });
});
