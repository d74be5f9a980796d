import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { text } from "node:stream/consumers";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { IMPORT_LIMITS } from "./parse/limits";
import { receiveUpload } from "./read-upload";

let dataDir: string;
beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), "read-upload-"));
  process.env.SIGHTLINE_DATA_DIR = dataDir;
});
afterAll(async () => {
  delete process.env.SIGHTLINE_DATA_DIR;
  await rm(dataDir, { recursive: true, force: true });
});

const leftovers = async () => readdir(path.join(dataDir, "imports", "tmp")).catch(() => []);

function formRequest(form: FormData): Request {
  return new Request("http://x/api/imports", { method: "POST", body: form });
}

describe("receiveUpload", () => {
  it("streams the file part to disk and reads the format field", async () => {
    const form = new FormData();
    form.set("file", new File(["title,url\nA,https://a.example\n"], "rows.csv"));
    form.set("format", "csv");
    const upload = await receiveUpload(formRequest(form));
    expect(upload.fileName).toBe("rows.csv");
    expect(upload.format).toBe("csv");
    expect(await text(upload.open())).toBe("title,url\nA,https://a.example\n");
    await upload.discard();
    expect(await leftovers()).toEqual([]);
  });

  it("cuts a chunked multipart body without Content-Length off at the limit, pulling little past it", async () => {
    const boundary = "----x";
    const head = new TextEncoder().encode(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="big.csv"\r\n\r\n`);
    let pulled = 0;
    const chunk = new Uint8Array(256 * 1024).fill(97);
    const body = new ReadableStream<Uint8Array>({
      start: (controller) => controller.enqueue(head),
      pull(controller) {
        pulled += chunk.length;
        if (pulled > 600 * 1024 * 1024) return controller.close();
        controller.enqueue(chunk);
      },
    });
    const request = new Request("http://x/api/imports", {
      method: "POST",
      body,
      duplex: "half",
      headers: { "content-type": `multipart/form-data; boundary=${boundary}` },
    } as RequestInit);
    await expect(receiveUpload(request)).rejects.toMatchObject({ status: 413 });
    expect(pulled).toBeLessThan(IMPORT_LIMITS.maxBytes + 4 * 1024 * 1024);
    expect(await leftovers()).toEqual([]);
  });

  it("names the field when there is no file, an empty one, or a bad format", async () => {
    const none = new FormData();
    none.set("format", "csv");
    await expect(receiveUpload(formRequest(none))).rejects.toMatchObject({ status: 422, details: [{ path: "file" }] });
    const empty = new FormData();
    empty.set("file", new File([], "empty.csv"));
    await expect(receiveUpload(formRequest(empty))).rejects.toMatchObject({ status: 422 });
    const badFormat = new FormData();
    badFormat.set("file", new File(["a"], "a.csv"));
    badFormat.set("format", "xlsx");
    await expect(receiveUpload(formRequest(badFormat))).rejects.toMatchObject({ name: "ZodError" });
    expect(await leftovers()).toEqual([]);
  });

  it("refuses what is not multipart, and a broken envelope, with a 4xx", async () => {
    const json = new Request("http://x/api/imports", { method: "POST", body: "{}", headers: { "content-type": "application/json" } });
    await expect(receiveUpload(json)).rejects.toMatchObject({ status: 415 });
    const noBoundary = new Request("http://x/api/imports", { method: "POST", body: "x", headers: { "content-type": "multipart/form-data" } });
    await expect(receiveUpload(noBoundary)).rejects.toMatchObject({ status: 400 });
  });
});
