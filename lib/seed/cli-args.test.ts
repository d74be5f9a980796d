import { describe, expect, it } from "vitest";
import { parseSeedArgs, SeedUsageError } from "./cli-args";

describe("parseSeedArgs", () => {
  it("defaults to the real case only", () => {
    expect(parseSeedArgs([])).toEqual({ items: 0, seed: 42, help: false });
  });

  it("reads --items and --seed in both spellings", () => {
    expect(parseSeedArgs(["--items", "100_000", "--seed=7"])).toEqual({ items: 100_000, seed: 7, help: false });
  });

  it.each([
    [["--items"]],
    [["--items", "ten"]],
    [["--items", "0"]],
    [["--items", "-5"]],
    [["--seed", "3"]],
    [["--itmes", "10"]],
  ])("rejects %j with usage", (argv) => {
    expect(() => parseSeedArgs(argv)).toThrow(SeedUsageError);
  });
});
