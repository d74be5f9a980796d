import type { V1Context } from "./route";
import { readJsonBody } from "./body";
import { runIdempotent, validateIdempotencyKey, type StoredResponse } from "../idempotency";
import { principalKeyOf } from "../rate-limit";

/**
 * A POST that honours `Idempotency-Key`: with the header, a repeat of the same request answers the stored first
 * response (with `Idempotent-Replayed: true`) instead of writing again. `run` gets the parsed JSON body.
 */
export async function idempotentPost<P>(context: V1Context<P>, run: (body: unknown) => Promise<StoredResponse>): Promise<Response> {
  const { request, principal, prisma } = context;
  const body = await readJsonBody(request);
  const header = request.headers.get("idempotency-key");
  if (header === null) {
    const response = await run(body);
    return Response.json(response.body, { status: response.status });
  }
  const result = await runIdempotent(
    prisma,
    { principalKey: principalKeyOf(principal), key: validateIdempotencyKey(header), method: "POST", path: new URL(request.url).pathname, body },
    () => run(body),
  );
  const headers: Record<string, string> = result.replayed ? { "Idempotent-Replayed": "true" } : {};
  return Response.json(result.body, { status: result.status, headers });
}

export const created = (body: unknown): StoredResponse => ({ status: 201, body });
export const ok = (body: unknown): StoredResponse => ({ status: 200, body });
