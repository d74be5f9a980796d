import { createReadStream } from "node:fs";
import { chain } from "stream-chain";
import { parser } from "stream-json";
import { pick } from "stream-json/filters/pick.js";
import { streamArray } from "stream-json/streamers/stream-array.js";
import { MAX_JSON_DEPTH } from "../../http/json-value";
import { malformedFile } from "../parse/limits";

/** A STIX object as found in a bundle; typed loosely here, validated per type in stix/object-schemas.ts. */
export interface StixObject {
  type: string;
  id: string;
  [property: string]: unknown;
}

interface Token {
  name: string;
  value?: unknown;
}

/**
 * The bundle's objects one at a time, in file order, with their 1-based position (the job's row number), without
 * ever holding the whole document: stream-json tokenises the file and assembles one element of "objects" at a time.
 * The envelope must be right for the file to be importable at all ("type": "bundle", "id": bundle--UUID, a non-empty
 * "objects" array); single objects may still be broken (each becomes a failed row naming its property).
 */
export async function* readStixObjects(path: string): AsyncGenerator<{ rowNumber: number; object: StixObject }> {
  const top: Record<string, unknown> = {};
  let depth = 0;
  let key: string | null = null;
  let first: string | null = null;
  // Watches the top-level keys go by (type, id) while pick/streamArray assemble the objects.
  const envelope = (token: Token) => {
    first ??= token.name;
    if (token.name === "startObject" || token.name === "startArray") {
      // Checked on the tokens, before any object is assembled: a hostile bundle never becomes a deep value.
      if (++depth > MAX_JSON_DEPTH + 2) throw malformedFile("stix", `an object nests deeper than ${MAX_JSON_DEPTH} levels`);
    }
    else if (token.name === "endObject" || token.name === "endArray") depth--;
    else if (depth === 1 && token.name === "keyValue") key = String(token.value);
    else if (depth === 1 && key && /Value$/.test(token.name)) top[key] = token.value ?? null;
    return token;
  };
  let started = false;
  // A byte-order mark some editors write in front of JSON is no part of the document.
  const stripBom = (chunk: Buffer) => {
    const out = !started && chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf ? chunk.subarray(3) : chunk;
    started = true;
    return out;
  };
  // stream-chain's typings cannot follow a token stream through a plain function stage; the stages fit at run time.
  const stages = [createReadStream(path), stripBom, parser({ streamValues: false }), envelope, pick({ filter: "objects" }), streamArray()] as unknown[];
  const pipeline = chain(stages as Parameters<typeof chain>[0]);
  let rowNumber = 0;
  try {
    for await (const { value } of pipeline as unknown as AsyncIterable<{ value: unknown }>) {
      if (rowNumber === 0) checkEnvelope(top, first, false);
      const obj = (typeof value === "object" && value !== null && !Array.isArray(value) ? value : {}) as Record<string, unknown>;
      rowNumber++;
      yield { rowNumber, object: { ...obj, type: typeof obj.type === "string" ? obj.type : "", id: typeof obj.id === "string" ? obj.id : `(object ${rowNumber})` } };
    }
  } catch (error) {
    if (error instanceof Error && "status" in error) throw error;
    throw malformedFile("stix", error instanceof Error ? error.message : String(error));
  } finally {
    pipeline.destroy();
  }
  checkEnvelope(top, first, true);
  if (rowNumber === 0) throw malformedFile("stix", `"objects" is empty: the bundle has no objects`);
}

/** Before the first object only what has been read is checked (type and id usually come first); at the end, all. */
function checkEnvelope(top: Record<string, unknown>, first: string | null, complete: boolean): void {
  if (first !== "startObject") throw malformedFile("stix", "a bundle is a JSON object");
  if ((complete || "type" in top) && top.type !== "bundle") throw malformedFile("stix", `"type" must be "bundle", not ${JSON.stringify(top.type)}`);
  if ((complete || "id" in top) && (typeof top.id !== "string" || !/^bundle--[0-9a-f-]{36}$/i.test(top.id))) throw malformedFile("stix", `"id" must be bundle--<UUID>`);
}
