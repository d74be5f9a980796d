import { describe, expect, it } from "vitest";
import { formatBytes, humanize, safeHttpUrl } from "./format";
import { countryName, languageName } from "./codes";

describe("format", () => {
  it("lets only http(s) URLs through", () => {
    expect(safeHttpUrl("https://example.org/a?b=1")).toBe("https://example.org/a?b=1");
    expect(safeHttpUrl("javascript:alert(1)")).toBeNull();
    expect(safeHttpUrl("JaVaScRiPt:alert(1)")).toBeNull();
    expect(safeHttpUrl("data:text/html,<b>x</b>")).toBeNull();
    expect(safeHttpUrl("not a url")).toBeNull();
    expect(safeHttpUrl(null)).toBeNull();
  });

  it("formats sizes and labels", () => {
    expect(formatBytes(512)).toBe("512 B");
    expect(formatBytes(1536)).toBe("1.5 KB");
    expect(formatBytes(5 * 1024 * 1024)).toBe("5.0 MB");
    expect(humanize("face_swap")).toBe("Face swap");
  });

  it("names codes and falls back to the code", () => {
    expect(countryName("pl")).toBe("Poland");
    expect(languageName("pl")).toBe("Polish");
    expect(languageName("%%")).toBe("%%");
  });
});
