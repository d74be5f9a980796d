import { describe, expect, it } from "vitest";
import { safeNextPath } from "./safe-redirect";

describe("safeNextPath", () => {
  // Each of these, handed to redirect(), would land a browser on another site (or a script URL) on today's main or
  // a naive check: tabs/newlines are stripped by the URL parser, "\\" reads as "/", "/./" and "/../" collapse.
  const offSite = [
    "/\t/evil.example/phish",
    "/%09/evil.example/phish",
    "/\n/evil.example",
    "/\r\n/evil.example",
    "/\r/evil.example",
    "//evil.example",
    "///evil.example",
    "/\\evil.example",
    "/\\/evil.example",
    "\\\\evil.example",
    "/%2F/evil.example",
    "/%2f%2fevil.example",
    "/%5C/evil.example",
    "/%5c%5cevil.example",
    "/.//evil.example",
    "/..//evil.example",
    "/a/../..//evil.example",
    "/%0d%0a/evil.example",
    "/\u0000/evil.example",
    "/\u007f/evil.example",
    "https://evil.example",
    "http:evil.example",
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "evil.example",
    " /evil",
    "",
    "/sign-in",
    "/sign-in?next=//evil.example",
    "/api/tokens",
    "/" + "a".repeat(2001),
  ];
  it.each(offSite.map((value) => [JSON.stringify(value), value]))("refuses %s", (_label, value) => {
    expect(safeNextPath(value)).toBe("/");
  });

  it("refuses what is not a string", () => {
    for (const value of [null, undefined, 42, ["/items"], { href: "/items" }]) expect(safeNextPath(value, "/home")).toBe("/home");
  });

  it.each([
    ["/items", "/items"],
    ["/items?q=deepfake&page=2", "/items?q=deepfake&page=2"],
    ["/items?q=a%2Fb", "/items?q=a%2Fb"],
    ["/campaigns/0f0e/graph#node-3", "/campaigns/0f0e/graph#node-3"],
    ["/items/./x", "/items/x"],
    ["/sign-in-help", "/sign-in-help"],
  ])("keeps the on-site path %s", (value, expected) => {
    expect(safeNextPath(value)).toBe(expected);
  });

  it("never answers anything a browser would resolve off site", () => {
    for (const value of offSite) {
      const target = new URL(safeNextPath(value), "https://sightline.example");
      expect(target.origin).toBe("https://sightline.example");
    }
  });
});
