import { ApiError } from "../../http/errors";

/** Bodies above this are refused before parsing (a 10 MB single field must not reach zod or the database). */
export const MAX_BODY_BYTES = 1024 * 1024;

/** The JSON body of a request, or null when there is none; 413 when too large, 400 when not JSON. */
export async function readJsonBody(request: Request): Promise<unknown> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > MAX_BODY_BYTES) throw tooLarge();
  const raw = await request.text();
  if (Buffer.byteLength(raw, "utf8") > MAX_BODY_BYTES) throw tooLarge();
  if (!raw.trim()) return null;
  const type = request.headers.get("content-type") ?? "";
  if (type && !/^application\/([\w.+-]*\+)?json\b/i.test(type)) {
    throw new ApiError(415, "unsupported_media_type", "Send the body as JSON with Content-Type: application/json");
  }
  try {
    return JSON.parse(raw) as unknown;
  } catch (error) {
    const where = error instanceof SyntaxError ? `: ${error.message.slice(0, 120)}` : "";
    throw new ApiError(400, "invalid_json", `The body is not valid JSON${where}`, [{ path: "(body)", message: "is not valid JSON" }]);
  }
}

function tooLarge(): ApiError {
  return new ApiError(413, "payload_too_large", `The body is larger than ${MAX_BODY_BYTES / 1024} KiB`, [
    { path: "(body)", message: `must be at most ${MAX_BODY_BYTES} bytes` },
  ]);
}
