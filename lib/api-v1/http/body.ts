import { ApiError } from "../../http/errors";
import { assertCleanJson } from "../../http/json-value";
import { readBodyLimited } from "../../http/read-body";

/** Bodies above this are refused while streaming (a 10 MB single field must not reach zod or the database). */
export const MAX_BODY_BYTES = 1024 * 1024;

const JSON_TYPE = /^application\/([\w.+-]*\+)?json\s*(;|$)/i;

/**
 * The one JSON body reader of every route: the JSON body of a request, or null when there is none. 413 when too
 * large (cut off while streaming), 415 when a body comes without `Content-Type: application/json` — a type a
 * cross-site form or a no-cors fetch cannot send without a CORS preflight — 400 when not JSON, 422 naming the field
 * when a string holds NUL or the document nests deeper than the limit.
 */
export async function readJsonBody(request: Request, limit = MAX_BODY_BYTES): Promise<unknown> {
  const raw = (await readBodyLimited(request, limit)).toString("utf8");
  if (!raw.trim()) return null;
  if (!JSON_TYPE.test(request.headers.get("content-type") ?? "")) {
    throw new ApiError(415, "unsupported_media_type", "Send the body as JSON with Content-Type: application/json", [
      { path: "(body)", message: "needs Content-Type: application/json" },
    ]);
  }
  let value: unknown;
  try {
    value = JSON.parse(raw) as unknown;
  } catch (error) {
    const where = error instanceof SyntaxError ? `: ${error.message.slice(0, 120)}` : "";
    throw new ApiError(400, "invalid_json", `The body is not valid JSON${where}`, [{ path: "(body)", message: "is not valid JSON" }]);
  }
  assertCleanJson(value);
  return value;
}
