import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { afterAll, describe, expect, it } from "vitest";
import { sha256Hex, sha256OfFile, sha256OfStream } from "./sha256";

// NIST FIPS 180-2 test vectors.
const EMPTY = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
const ABC = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
const MILLION_A = "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0";

describe("sha256", () => {
  const dir = mkdtempSync(join(tmpdir(), "sightline-sha256-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("hashes buffers and strings to lowercase hex", () => {
    expect(sha256Hex(new Uint8Array())).toBe(EMPTY);
    expect(sha256Hex(Buffer.from("abc"))).toBe(ABC);
    expect(sha256Hex("abc")).toBe(ABC);
  });

  it("hashes a Node stream delivered in many chunks", async () => {
    const chunks = Array.from({ length: 1000 }, () => Buffer.alloc(1000, "a"));
    expect(await sha256OfStream(Readable.from(chunks))).toBe(MILLION_A);
  });

  it("hashes a web ReadableStream", async () => {
    const stream = new Blob([Buffer.from("a"), Buffer.from("bc")]).stream();
    expect(await sha256OfStream(stream)).toBe(ABC);
  });

  it("hashes a file on disk", async () => {
    const path = join(dir, "evidence.bin");
    writeFileSync(path, Buffer.alloc(1_000_000, "a"));
    expect(await sha256OfFile(path)).toBe(MILLION_A);
  });

  it("rejects when the file is missing", async () => {
    await expect(sha256OfFile(join(dir, "missing.bin"))).rejects.toThrow(/ENOENT/);
  });
});
