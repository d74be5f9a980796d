import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { canonicaliseUrl } from "../urls/canonical-url";
import { kindOfUrl } from "../urls/infer-kind";
import { normalisePlatform, platformFields, PLATFORM_CODES } from "./platforms";
import { platformCodeSchema } from "./schemas";

describe("the platform vocabulary", () => {
  it.each([
    ["x", "x"], ["Twitter", "x"], ["twitter.com", "x"], ["X (Twitter)", "x"], ["fb", "facebook"], ["Facebook", "facebook"],
    ["YouTube", "youtube"], ["yt", "youtube"], ["t.me", "telegram"], ["TG", "telegram"], ["VKontakte", "vk"], ["ok.ru", "ok"],
    ["Odnoklassniki", "ok"], ["Truth Social", "truth_social"], ["BitChute", "bitchute"], ["www.rumble.com", "rumble"],
    ["news site", "website"], ["E-mail", "email"], ["Television", "tv"],
  ])("%s → %s", (input, code) => {
    expect(normalisePlatform(input)).toEqual({ platform: code, platformRaw: null });
  });

  it("keeps an unknown name raw under \"other\", so it never becomes a filter value of its own", () => {
    expect(normalisePlatform("  Some Forum ")).toEqual({ platform: "other", platformRaw: "Some Forum" });
    expect(normalisePlatform("other")).toEqual({ platform: "other", platformRaw: null });
    expect(normalisePlatform("")).toBeNull();
    expect(platformFields(undefined, "youtube")).toEqual({ platform: "youtube", platformRaw: null });
    expect(platformFields("twitter", "website")).toEqual({ platform: "x", platformRaw: null });
  });

  it("filters take codes and aliases and refuse other names", () => {
    expect(platformCodeSchema.parse("twitter")).toBe("x");
    expect(platformCodeSchema.safeParse("Some Forum").success).toBe(false);
  });

  it("the migration's alias table maps every spelling as normalisePlatform does", () => {
    const dir = path.join(__dirname, "../../prisma/migrations");
    const migration = fs.readdirSync(dir).find((d) => d.endsWith("_languages_platforms_sighting_variants"))!;
    const sql = fs.readFileSync(path.join(dir, migration, "migration.sql"), "utf8");
    const pairs = [...sql.matchAll(/\('([^']+)', '([a-z_]+)'\)/g)].map((m) => [m[1], m[2]] as const);
    expect(pairs.length).toBeGreaterThan(PLATFORM_CODES.length);
    for (const [folded, code] of pairs) expect(normalisePlatform(folded)?.platform, folded).toBe(code);
    const folded = (code: string) => code.replace(/[^a-z0-9]/g, "");
    for (const code of PLATFORM_CODES.filter((c) => c !== "other")) expect(pairs.some(([f, c]) => f === folded(code) && c === code), code).toBe(true);
  });
});

describe("kind and platform from the URL", () => {
  it.each([
    ["https://www.youtube.com/watch?v=abcDEF12345", "video", "youtube"],
    ["https://youtu.be/abcDEF12345?t=2640", "video", "youtube"],
    ["https://m.youtube.com/shorts/abcDEF12345", "video", "youtube"],
    ["https://t.me/some_channel/1388", "post", "telegram"],
    ["https://twitter.com/someone/status/1812000000000000301", "post", "x"],
    ["https://x.com/someone/status/1812000000000000301", "post", "x"],
    ["https://www.tiktok.com/@someone/video/7371000000000000201", "video", "tiktok"],
    ["https://ok.ru/video/123456", "video", "ok"],
    ["https://www.bitchute.com/video/abc/", "video", "bitchute"],
    ["https://www.facebook.com/watch?v=123", "video", "facebook"],
    ["https://www.facebook.com/page/posts/123", "post", "facebook"],
    ["https://vk.com/wall-1_2", "post", "vk"],
    ["https://www.spiegel.de/politik/a-1", "article", "website"],
  ])("%s → %s on %s", (url, kind, platform) => {
    const canonical = canonicaliseUrl(url);
    expect(canonical.platform).toBe(platform);
    expect(kindOfUrl(canonical)).toBe(kind);
  });
});
