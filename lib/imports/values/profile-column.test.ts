import { describe, expect, it } from "vitest";
import { profileColumn } from "./profile-column";

const repeat = (values: string[], n = 60) => Array.from({ length: n }, (_, i) => values[i % values.length]);

describe("profileColumn", () => {
  it.each([
    ["Python-list cells", ["['Ukraine', 'Belarus']", "['Russia']", "[]"], "auto"],
    ["JSON arrays", ['["UA","BY"]', '["PL"]'], "auto"],
    ["semicolon lists", ["PL; DE", "FR; IT; ES", "UA"], ";"],
    ["pipe lists", ["a|b", "b|c", "c"], "|"],
    ["comma lists of recurring short values", ["Sockpuppets, Botnets", "Botnets", "Botnets, Hashtag flooding", "Sockpuppets"], ","],
  ])("recognises %s", (_, values, separator) => {
    expect(profileColumn("c", repeat(values)).list?.separator).toBe(separator);
  });

  it("does not take sentences with commas for lists", () => {
    const sentences = Array.from({ length: 60 }, (_, i) => `Claim ${i}, which says that thing number ${i * 7} happened, is false`);
    expect(profileColumn("claim", sentences).list).toBeNull();
  });

  it("counts list items, not cells, for countries and languages (names, codes, regions)", () => {
    const p = profileColumn("countries", repeat(["['Russia', 'Ukraine']", "['Baltic states']", "['EU', 'Middle East']"]));
    expect(p.shares.country).toBeCloseTo(4 / 5, 5);
    expect(profileColumn("languages", repeat(["['Russian']", "['en', 'pt-BR']"])).shares.language).toBe(1);
    expect(profileColumn("flags", repeat(["0", "1"])).shares.language).toBe(0);
  });

  it("tells dates and their format, URLs, numbers, 0/1 flags, digests, ids and uniqueness", () => {
    expect(profileColumn("d", repeat(["31.12.2019", "01.02.2020"])).date?.format).toBe("d.m.yyyy");
    expect(profileColumn("d", repeat(["1577836800", "1577836900"])).date?.format).toBe("epoch_s");
    expect(profileColumn("u", repeat(["https://x.com/a/status/1", "www.example.org/page"])).shares.url).toBe(1);
    expect(profileColumn("n", repeat(["1,200", "3.4k", "17"])).shares.number).toBe(1);
    expect(profileColumn("f", repeat(["0", "1", "true"])).shares.flag).toBe(1);
    const hashes = Array.from({ length: 50 }, (_, i) => i.toString(16).padStart(64, "a"));
    const p = profileColumn("h", hashes);
    expect(p).toMatchObject({ unique: true, shares: expect.objectContaining({ sha256: 1, idLike: 1 }) });
    expect(profileColumn("h", hashes.map((h) => h.slice(0, 40))).shares.sha256).toBe(0);
    expect(profileColumn("k", repeat(["a", "b"])).unique).toBe(false);
  });

  it("reports empties, lengths and a few distinct samples; looks at no more than the limit", () => {
    const p = profileColumn("t", ["", "hello", "", "world", "hello", null, undefined], 1000);
    expect(p).toMatchObject({ filled: 3, distinct: 2, samples: ["hello", "world"], maxLength: 5 });
    expect(p.emptyShare).toBeCloseTo(4 / 7, 5);
    expect(profileColumn("t", Array.from({ length: 5000 }, (_, i) => String(i)), 1000).filled).toBe(1000);
  });
});
