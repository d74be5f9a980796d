import { describe, expect, it } from "vitest";
import { ApiClientError } from "@/lib/http/api-client";
import { isStaleEdit, markerFieldErrors, splitLanguageTags } from "./language-marker-errors";

describe("language marker form errors", () => {
  it("puts each API detail under its field, a bad tag under Languages, and ignores the rest", () => {
    const error = new ApiClientError(422, "invalid_request", "Invalid slug, languages.1", [
      { path: "slug", message: "must be lower-case letters, digits and hyphens" },
      { path: "languages.1", message: 'languages[1] must be a BCP 47 language tag (e.g. pl, pt-BR, zh-Hant-TW); got "xx-"' },
      { path: "languages.2", message: "a second bad tag is not shown over the first" },
      { path: "(root)", message: "not a field" },
    ]);
    expect(markerFieldErrors(error)).toEqual({
      slug: "must be lower-case letters, digits and hyphens",
      languages: 'must be a BCP 47 language tag (e.g. pl, pt-BR, zh-Hant-TW); got "xx-"',
    });
    expect(markerFieldErrors(new Error("network down"))).toEqual({});
  });

  it("tells a stale edit from a duplicate name (both 409)", () => {
    const stale = new ApiClientError(409, "conflict", "changed", [{ path: "updatedAt", message: "is stale" }]);
    const duplicate = new ApiClientError(409, "conflict", "taken", [{ path: "name", message: "is already used by another language marker" }]);
    expect(isStaleEdit(stale)).toBe(true);
    expect(isStaleEdit(duplicate)).toBe(false);
    expect(markerFieldErrors(duplicate)).toEqual({ name: "is already used by another language marker" });
  });

  it("splits tags on commas and spaces", () => {
    expect(splitLanguageTags(" pl, de-AT  uk;ru ,")).toEqual(["pl", "de-AT", "uk", "ru"]);
    expect(splitLanguageTags("   ")).toEqual([]);
  });
});
