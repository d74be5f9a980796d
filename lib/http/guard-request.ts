import { ApiError } from "./errors";
import { crossOriginRefusal } from "./same-origin";

/**
 * What every API request must pass before its handler runs, called by both route builders (`apiRoute`,
 * `v1Route`), so no route can forget it: no state change from another origin, and no NUL in the query string
 * (PostgreSQL cannot hold U+0000 in text, so `?q=%00` would otherwise reach it and come back a 500).
 */
export function guardRequest(request: Request): void {
  const refusal = crossOriginRefusal(request);
  if (refusal) throw refusal;
  const bad = [...new URL(request.url).searchParams].filter(([key, value]) => key.includes("\u0000") || value.includes("\u0000"));
  if (bad.length > 0) {
    const details = bad.map(([key]) => ({ path: key.replace(/\u0000/g, "\\0"), message: "must not contain a NUL character" }));
    throw new ApiError(422, "invalid_request", `Invalid ${details.map((d) => d.path).join(", ")}`, details);
  }
}
