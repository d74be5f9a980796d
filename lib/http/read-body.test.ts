import { describe, expect, it } from "vitest";
import { readBodyLimited, withBoundedBody } from "./read-body";

/** A chunked body (no Content-Length) that would go on for `total` bytes; counts what was actually pulled. */
function endlessBody(total: number, chunk = 64 * 1024) {
  const state = { pulled: 0 };
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (state.pulled >= total) return controller.close();
      state.pulled += chunk;
      controller.enqueue(new Uint8Array(chunk));
    },
  });
  return { stream, state };
}

const chunked = (body: ReadableStream<Uint8Array>) =>
  new Request("http://x/api/invitations/accept", { method: "POST", body, duplex: "half" } as RequestInit);

describe("readBodyLimited", () => {
  it("cuts a chunked body without Content-Length off at the limit instead of reading it whole", async () => {
    const { stream, state } = endlessBody(500 * 1024 * 1024);
    await expect(readBodyLimited(chunked(stream), 1024 * 1024)).rejects.toMatchObject({ status: 413 });
    expect(state.pulled).toBeLessThan(2 * 1024 * 1024);
  });

  it("refuses a declared Content-Length over the limit unread", async () => {
    const request = new Request("http://x/", { method: "POST", body: "x".repeat(10), headers: { "content-length": "999999999" } });
    await expect(readBodyLimited(request, 1024)).rejects.toMatchObject({ status: 413, code: "payload_too_large" });
  });

  it("answers the body when it fits, and an empty buffer for none", async () => {
    expect((await readBodyLimited(new Request("http://x/", { method: "POST", body: "héllo" }), 100)).toString("utf8")).toBe("héllo");
    expect((await readBodyLimited(new Request("http://x/", { method: "POST" }), 100)).length).toBe(0);
  });

  it("withBoundedBody hands on the same method, headers and body", async () => {
    const original = new Request("http://x/api/auth/sign-in/email", { method: "POST", body: '{"a":1}', headers: { "content-type": "application/json" } });
    const copy = await withBoundedBody(original, 1024);
    expect(copy.method).toBe("POST");
    expect(copy.headers.get("content-type")).toBe("application/json");
    expect(await copy.json()).toEqual({ a: 1 });
  });
});
