import { describe, expect, it } from "vitest";
import { canonicaliseUrl, UrlError, type UrlErrorReason } from "./canonical-url";

// [input, canonical, registrable domain]
const WEBSITE_CASES: ReadonlyArray<readonly [string, string, string | null]> = [
  ["https://example.com/", "https://example.com/", "example.com"],
  ["  https://example.com/path  ", "https://example.com/path", "example.com"],
  ["HTTPS://EXAMPLE.COM/Path", "https://example.com/Path", "example.com"],
  ["http://example.com/a", "https://example.com/a", "example.com"],
  ["example.com", "https://example.com/", "example.com"],
  ["example.com/news/story", "https://example.com/news/story", "example.com"],
  ["//example.com/a", "https://example.com/a", "example.com"],
  ["www.example.com/a/", "https://example.com/a", "example.com"],
  ["https://www.example.com/a/b/", "https://example.com/a/b", "example.com"],
  ["https://example.com:443/a", "https://example.com/a", "example.com"],
  ["http://example.com:80/a", "https://example.com/a", "example.com"],
  ["https://example.com:8443/a", "https://example.com:8443/a", "example.com"],
  ["example.com:8080/a", "https://example.com:8080/a", "example.com"],
  ["https://example.com/a#section-2", "https://example.com/a", "example.com"],
  ["https://example.com/?", "https://example.com/", "example.com"],
  ["https://example.com/a?b=2&a=1", "https://example.com/a?a=1&b=2", "example.com"],
  ["https://example.com/a?a=2&a=1", "https://example.com/a?a=1&a=2", "example.com"],
  ["https://example.com/a?utm_source=tw&utm_medium=social&id=7", "https://example.com/a?id=7", "example.com"],
  ["https://example.com/a?UTM_Campaign=x&fbclid=abc&gclid=1&dclid=2&msclkid=3", "https://example.com/a", "example.com"],
  ["https://example.com/a?mc_cid=1&mc_eid=2&igshid=3&ref=hn&ref_src=tw&ref_url=x", "https://example.com/a", "example.com"],
  ["https://example.com/a?t=10&s=5", "https://example.com/a?s=5&t=10", "example.com"],
  ["https://open.example.com/track/42?si=abc123", "https://open.example.com/track/42", "example.com"],
  ["https://example.com/a?q=hello%20world", "https://example.com/a?q=hello+world", "example.com"],
  ["https://example.com/%7euser/%2fx", "https://example.com/~user/%2Fx", "example.com"],
  ["https://user:secret@example.com/a", "https://example.com/a", "example.com"],
  ["https://example.com./a", "https://example.com/a", "example.com"],
  ["https://news.bbc.co.uk/world", "https://news.bbc.co.uk/world", "bbc.co.uk"],
  ["https://www.bbc.co.uk/news/", "https://bbc.co.uk/news", "bbc.co.uk"],
  ["https://www.co.uk/", "https://www.co.uk/", "www.co.uk"],
  ["https://fake-euronews.github.io/story", "https://fake-euronews.github.io/story", "fake-euronews.github.io"],
  ["https://bücher.de/kategorie", "https://xn--bcher-kva.de/kategorie", "xn--bcher-kva.de"],
  ["https://пример.рф/новости", "https://xn--e1afmkfd.xn--p1ai/%D0%BD%D0%BE%D0%B2%D0%BE%D1%81%D1%82%D0%B8", "xn--e1afmkfd.xn--p1ai"],
  ["https://ΕΛΛΑΔΑ.gr/", "https://xn--mxaaic4aa.gr/", "xn--mxaaic4aa.gr"],
  ["http://192.168.0.1/admin", "https://192.168.0.1/admin", null],
  ["192.168.0.1:8080/x", "https://192.168.0.1:8080/x", null],
  ["https://[2001:db8::1]/x", "https://[2001:db8::1]/x", null],
];

const DEFANGED_CASES: ReadonlyArray<readonly [string, string]> = [
  ["hxxp://example.com/a", "https://example.com/a"],
  ["hxxps://example.com/a", "https://example.com/a"],
  ["HXXPS://example.com/a", "https://example.com/a"],
  ["hxxps[:]//example[.]com/a", "https://example.com/a"],
  ["example[.]com/a", "https://example.com/a"],
  ["example(.)com/a", "https://example.com/a"],
  ["sub[.]example[.]co[.]uk/x", "https://sub.example.co.uk/x"],
  ["https[:]//example[dot]com", "https://example.com/"],
  ["hxxps://t[.]me/s/rybar/123", "https://t.me/rybar/123"],
];

const REJECTED: ReadonlyArray<readonly [string, UrlErrorReason]> = [
  ["", "empty"],
  ["    ", "empty"],
  ["\n\t", "empty"],
  ["javascript:alert(1)", "unsupported_scheme"],
  ["JavaScript:alert(document.cookie)", "unsupported_scheme"],
  ["data:text/html;base64,PHNjcmlwdD4=", "unsupported_scheme"],
  ["mailto:editor@example.com", "unsupported_scheme"],
  ["file:///etc/passwd", "unsupported_scheme"],
  ["ftp://example.com/file.txt", "unsupported_scheme"],
  ["tel:+441234567", "unsupported_scheme"],
  ["vbscript:msgbox", "unsupported_scheme"],
  ["not a url at all", "contains_whitespace"],
  ["https://exa mple.com/", "contains_whitespace"],
  ["hello", "not_a_url"],
  ["/relative/path", "not_a_url"],
  ["https://", "not_a_url"],
  ["https://localhost/x", "invalid_host"],
  [`https://example.com/${"a".repeat(2040)}`, "too_long"],
];

describe("canonicaliseUrl — websites", () => {
  it.each(WEBSITE_CASES)("%s → %s", (input, canonical, registrableDomain) => {
    const result = canonicaliseUrl(input);
    expect(result.canonical).toBe(canonical);
    expect(result.registrableDomain).toBe(registrableDomain);
    expect(result.platform).toBe("website");
    expect(result.original).toBe(input.trim());
  });
});

describe("canonicaliseUrl — defanged input", () => {
  it.each(DEFANGED_CASES)("%s → %s", (input, canonical) => {
    expect(canonicaliseUrl(input).canonical).toBe(canonical);
  });
});

describe("canonicaliseUrl — rejected input", () => {
  it.each(REJECTED)("rejects %j (%s)", (input, reason) => {
    expect(() => canonicaliseUrl(input)).toThrow(UrlError);
    try {
      canonicaliseUrl(input);
    } catch (error) {
      expect((error as UrlError).reason).toBe(reason);
    }
  });

  it("accepts a URL of exactly 2048 characters", () => {
    const input = `https://example.com/${"a".repeat(2048 - "https://example.com/".length)}`;
    expect(input).toHaveLength(2048);
    expect(canonicaliseUrl(input).host).toBe("example.com");
  });
});

describe("canonicaliseUrl — properties", () => {
  it("is idempotent on its own output", () => {
    for (const [input] of [...WEBSITE_CASES, ...DEFANGED_CASES]) {
      const once = canonicaliseUrl(input).canonical;
      expect(canonicaliseUrl(once).canonical).toBe(once);
    }
  });
});
