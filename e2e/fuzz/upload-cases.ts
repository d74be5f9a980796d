import type { FuzzCase } from "./cases";
import type { Rng } from "./prng";

/** Bad uploads: POST /api/imports (multipart) and POST /api/evidence (raw body). */
const PNG = Buffer.from("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082", "hex");
const EXE = Buffer.concat([Buffer.from("MZ\u0090\u0000\u0003\u0000\u0000\u0000", "latin1"), Buffer.alloc(200, 0)]);
const ZIP = Buffer.concat([Buffer.from("504b030414000000", "hex"), Buffer.alloc(100, 7)]);
const UTF16 = Buffer.from("\ufeffurl,title\nhttps://example.org,x\n", "utf16le");

function randomBinary(rng: Rng, size: number): Buffer {
  const bytes = Buffer.alloc(size);
  for (let i = 0; i < size; i++) bytes[i] = rng.int(256);
  bytes[rng.int(size)] = 0;
  return bytes;
}

const file = (name: string, buffer: Buffer, mimeType = "text/csv") => ({ name, mimeType, buffer });
const importCase = (what: string, multipart: FuzzCase["multipart"]): FuzzCase => ({
  id: `POST /api/imports ${what}`,
  endpoint: "POST /api/imports",
  method: "POST",
  path: "/api/imports",
  via: "session",
  multipart,
});

export function uploadCases(rng: Rng): FuzzCase[] {
  const cases: FuzzCase[] = [
    importCase("PNG named .csv", { file: file("evidence.csv", PNG) }),
    importCase("EXE named .csv", { file: file("report.csv", EXE) }),
    importCase("ZIP named .csv", { file: file("sightings.csv", ZIP) }),
    importCase("ZIP named .json", { file: file("sightings.json", ZIP, "application/json") }),
    importCase("UTF-16 named .csv", { file: file("sightings.csv", UTF16) }),
    importCase("no file field", { format: "csv" }),
    importCase("file as a text field", { file: "url,title\nhttps://example.org,x\n" }),
    importCase("empty file", { file: file("empty.csv", Buffer.alloc(0)) }),
    importCase("unknown format", { file: file("ok.csv", Buffer.from("url,title\nhttps://example.org/fuzz,x\n")), format: "xlsx" }),
    importCase("script as format", { file: file("ok.csv", Buffer.from("url,title\nhttps://example.org/fuzz,x\n")), format: "<script>alert(1)</script>" }),
    importCase("malformed JSON named .json", { file: file("broken.json", Buffer.from('[{"url": "https://example.org", "title": '), "application/json") }),
    importCase("malformed JSON forced as json", { file: file("broken.txt", Buffer.from("{{{not json"), "text/plain"), format: "json" }),
  ];
  for (let i = 0; i < 12; i++) {
    cases.push(importCase(`random binary #${i} named .csv`, { file: file(`random-${i}.csv`, randomBinary(rng, 64 + rng.int(4000))) }));
  }
  const raw = (what: string, body: string | Buffer, type: string): FuzzCase => ({
    id: `POST /api/imports ${what}`,
    endpoint: "POST /api/imports",
    method: "POST",
    path: "/api/imports",
    via: "session",
    body,
    headers: { "content-type": type },
  });
  cases.push(
    raw("JSON instead of multipart", '{"file":"x.csv"}', "application/json"),
    raw("CSV as the raw body", "url,title\nhttps://example.org,x\n", "text/csv"),
    raw("multipart without a boundary", "garbage", "multipart/form-data"),
    raw("multipart with a wrong boundary", "--zzz\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\nx\r\n--zzz--", "multipart/form-data; boundary=other"),
    raw("truncated multipart", '--b\r\nContent-Disposition: form-data; name="file"; filename="a.csv"\r\n\r\nurl', "multipart/form-data; boundary=b"),
  );
  cases.push({ id: "POST /api/evidence empty body", endpoint: "POST /api/evidence", method: "POST", path: "/api/evidence", via: "session", body: "", headers: { "x-file-name": "empty.png" } });
  return cases;
}
