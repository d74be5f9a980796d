import { ApiError } from "../http/errors";

/** Form and edit bodies are small; anything above this is refused before parsing (a 10 MB field never reaches zod). */
export const MAX_JSON_BODY_BYTES = 512 * 1024;

/** The request's JSON body: 413 when too large, 415 when not JSON, 400 when malformed. */
export async function readJsonBody(request: Request, limit = MAX_JSON_BODY_BYTES): Promise<unknown> {
  const type = request.headers.get("content-type") ?? "";
  if (!/^application\/([\w.+-]*\+)?json\b/i.test(type)) {
    throw new ApiError(415, "unsupported_media_type", "Send the body as JSON with Content-Type: application/json");
  }
  if (Number(request.headers.get("content-length") ?? 0) > limit) throw tooLarge(limit);
  const raw = await request.text();
  if (Buffer.byteLength(raw, "utf8") > limit) throw tooLarge(limit);
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    throw new ApiError(400, "invalid_json", "The body is not valid JSON", [{ path: "(body)", message: "is not valid JSON" }]);
  }
}

function tooLarge(limit: number): ApiError {
  return new ApiError(413, "payload_too_large", `The request is larger than ${Math.round(limit / 1024)} KB`, [
    { path: "(body)", message: `must be at most ${Math.round(limit / 1024)} KB` },
  ]);
}
