import { describe, expect, it } from "vitest";
import { assertDisarmTechniqueIds, InvalidDisarmTechniqueError, isKnownDisarmTechniqueId, readDisarmCatalog } from "./catalog";

describe("DISARM catalog", () => {
  it("parses 16 tactics and 391 techniques, sub-techniques pointing at their parent", () => {
    const { tactics, techniques } = readDisarmCatalog();
    expect(tactics).toHaveLength(16);
    expect(techniques).toHaveLength(391);
    expect(techniques.find((t) => t.id === "T0087.001")).toMatchObject({ parentId: "T0087", tacticId: "TA06" });
    expect(techniques.find((t) => t.id === "T0087")?.parentId).toBeNull();
    expect(new Set(tactics.map((t) => t.sortOrder)).size).toBe(16);
  });

  it("knows shipped ids and rejects unknown or malformed ones", () => {
    expect(isKnownDisarmTechniqueId("T0087.001")).toBe(true);
    expect(isKnownDisarmTechniqueId("T0087.999")).toBe(false);
    expect(isKnownDisarmTechniqueId("t0087")).toBe(false);
  });

  it("assertDisarmTechniqueIds names the field and the offending ids", () => {
    expect(() => assertDisarmTechniqueIds(["T0087", "T0143.003"], "techniques")).not.toThrow();
    let error: unknown;
    try {
      assertDisarmTechniqueIds(["T0087", "T9999", "T87.1", ""], "item.techniques");
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InvalidDisarmTechniqueError);
    const invalid = error as InvalidDisarmTechniqueError;
    expect(invalid.field).toBe("item.techniques");
    expect(invalid.unknown).toEqual(["T9999"]);
    expect(invalid.malformed).toEqual(["T87.1", ""]);
    expect(invalid.message).toMatch(/^item\.techniques: /);
  });
});
