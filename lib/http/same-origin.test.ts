import { describe, expect, it } from "vitest";
import { crossOriginRefusal } from "./same-origin";

const post = (headers: Record<string, string>, url = "http://127.0.0.1:3000/api/admin/users", method = "POST") =>
  new Request(url, { method, headers: { host: new URL(url).host, ...headers } });

describe("crossOriginRefusal", () => {
  it("refuses a write from another port of the same host (same-site, not same-origin)", () => {
    expect(crossOriginRefusal(post({ cookie: "s=1", "sec-fetch-site": "same-site", origin: "http://127.0.0.1:9999" }), "")?.status).toBe(403);
    expect(crossOriginRefusal(post({ cookie: "s=1", origin: "http://127.0.0.1:9999" }), "")?.status).toBe(403);
  });

  it("refuses cross-site and opaque origins", () => {
    expect(crossOriginRefusal(post({ "sec-fetch-site": "cross-site" }), "")?.status).toBe(403);
    expect(crossOriginRefusal(post({ origin: "null" }), "")?.status).toBe(403);
    expect(crossOriginRefusal(post({ origin: "http://evil.example" }), "")?.code).toBe("cross_origin_request");
  });

  it("applies to every state-changing method and to none of the safe ones", () => {
    for (const method of ["POST", "PUT", "PATCH", "DELETE"]) {
      expect(crossOriginRefusal(post({ "sec-fetch-site": "same-site" }, undefined, method), "")).not.toBeNull();
    }
    for (const method of ["GET", "HEAD", "OPTIONS"]) {
      expect(crossOriginRefusal(post({ "sec-fetch-site": "cross-site" }, undefined, method), "")).toBeNull();
    }
  });

  it("passes the site's own pages, typed URLs and scripts without browser headers", () => {
    expect(crossOriginRefusal(post({ cookie: "s=1", "sec-fetch-site": "same-origin", origin: "http://127.0.0.1:3000" }), "")).toBeNull();
    expect(crossOriginRefusal(post({ "sec-fetch-site": "none" }), "")).toBeNull();
    expect(crossOriginRefusal(post({ cookie: "s=1", origin: "http://127.0.0.1:3000" }), "")).toBeNull();
    expect(crossOriginRefusal(post({ cookie: "s=1" }), "")).toBeNull();
  });

  it("accepts the configured public URL's origin behind a proxy", () => {
    const request = post({ origin: "https://sightline.example" }, "http://10.0.0.5:3000/api/tokens");
    expect(crossOriginRefusal(request, "https://sightline.example/")).toBeNull();
    expect(crossOriginRefusal(request, "")?.status).toBe(403);
  });

  it("lets a Bearer token without cookies through (no ambient credential), but not one riding with cookies", () => {
    expect(crossOriginRefusal(post({ authorization: "Bearer sl_x", "sec-fetch-site": "cross-site" }), "")).toBeNull();
    expect(crossOriginRefusal(post({ authorization: "Bearer sl_x", cookie: "s=1", "sec-fetch-site": "cross-site" }), "")?.status).toBe(403);
  });
});
