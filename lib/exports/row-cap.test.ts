import { afterEach, describe, expect, it } from "vitest";
import { assertWithinRowCap, exportRowCap } from "./row-cap";

describe("export row caps", () => {
  afterEach(() => {
    delete process.env.SIGHTLINE_EXPORT_ROW_CAP_RESEARCHER;
  });

  it("has a default per role and reads an override from the environment", () => {
    expect(exportRowCap("researcher")).toBe(250_000);
    expect(exportRowCap("admin")).toBe(2_000_000);
    process.env.SIGHTLINE_EXPORT_ROW_CAP_RESEARCHER = "1000";
    expect(exportRowCap("researcher")).toBe(1000);
    process.env.SIGHTLINE_EXPORT_ROW_CAP_RESEARCHER = "lots";
    expect(exportRowCap("researcher")).toBe(250_000);
  });

  it("refuses an export over the cap with a 422 naming the cap and the role", () => {
    process.env.SIGHTLINE_EXPORT_ROW_CAP_RESEARCHER = "1000";
    expect(() => assertWithinRowCap(1000, "researcher")).not.toThrow();
    expect(() => assertWithinRowCap(1001, "researcher")).toThrow(
      expect.objectContaining({ status: 422, code: "over_row_cap", message: expect.stringMatching(/1,001 items.*researchers are capped at 1,000 items/) }),
    );
  });
});
