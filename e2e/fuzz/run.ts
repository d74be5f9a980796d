import type { APIRequestContext } from "@playwright/test";
import type { FuzzCase } from "./cases";
import type { FuzzActor } from "./actor";

export interface Outcome {
  fuzzCase: FuzzCase;
  status: number;
  body: string;
  problem: string | null;
}

interface ErrorDetail {
  path: unknown;
  message: unknown;
}

/** What is wrong with an answer to a bad request, or null when it is a proper refusal. */
export function problemWith(fuzzCase: FuzzCase, status: number, text: string): string | null {
  if (status >= 500) return `${status} server error`;
  if (status < 400) return `${status}: a bad body was accepted`;
  if (status === 429) return "429: rate limited, the body was never checked";
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return `${status} without a JSON body`;
  }
  const error = (parsed as { error?: { code?: unknown; message?: unknown; details?: unknown } }).error;
  if (!error || typeof error.code !== "string" || typeof error.message !== "string") return `${status} not in the error shape`;
  const keys = Object.keys(parsed as object);
  if (keys.length !== 1) return `${status} error body has extra keys ${keys.join(",")}`;
  const details = (error.details ?? []) as ErrorDetail[];
  if (!Array.isArray(details) || details.some((d) => typeof d.path !== "string" || typeof d.message !== "string")) return `${status} details malformed`;
  if (status !== 422) return null;
  if (details.length === 0) return "422 without details";
  const expected = fuzzCase.expectPaths;
  if (!expected?.length) return null;
  const paths = details.map((d) => d.path as string);
  const named = paths.some((path) => expected.some((want) => path === want || path.startsWith(`${want}.`) || path.startsWith(`${want}[`)));
  return named ? null : `422 names ${paths.join(", ")} instead of ${expected.join(" or ")}`;
}

function contextFor(actor: FuzzActor, fuzzCase: FuzzCase, index: number): APIRequestContext {
  return fuzzCase.via === "token" ? actor.tokens[index % actor.tokens.length] : actor.session;
}

async function sendOnce(context: APIRequestContext, fuzzCase: FuzzCase): Promise<{ status: number; body: string }> {
  try {
    const response = await context.fetch(fuzzCase.path, {
      method: fuzzCase.method,
      headers: fuzzCase.headers,
      // A Buffer is sent byte for byte; a string with a JSON content type would be re-encoded as a JSON string
      // by Playwright when it does not parse, and malformed JSON would never reach the server.
      data: fuzzCase.multipart || fuzzCase.body === undefined ? undefined : Buffer.from(fuzzCase.body),
      multipart: fuzzCase.multipart,
      failOnStatusCode: false,
      maxRedirects: 0,
      timeout: 60_000,
    });
    return { status: response.status(), body: await response.text() };
  } catch (error) {
    return { status: 0, body: `request failed: ${String(error).slice(0, 200)}` };
  }
}

async function send(actor: FuzzActor, fuzzCase: FuzzCase, index: number): Promise<Outcome> {
  const context = contextFor(actor, fuzzCase, index);
  const rounds = fuzzCase.twice ? 2 : 1;
  let last: Outcome = { fuzzCase, status: 0, body: "", problem: "not sent" };
  for (let round = 0; round < rounds; round++) {
    let { status, body } = await sendOnce(context, fuzzCase);
    // A reset on a reused keep-alive socket is the client's race with the server's idle timeout, not an answer:
    // send again once; a second transport failure is reported.
    if (status === 0) ({ status, body } = await sendOnce(context, fuzzCase));
    const problem = status === 0 ? body : problemWith(fuzzCase, status, body);
    last = { fuzzCase, status, body, problem: problem && rounds > 1 ? `${problem} (attempt ${round + 1})` : problem };
    if (problem) return last;
  }
  return last;
}

/** Sends every case, `concurrency` in flight at once. */
export async function runAll(actor: FuzzActor, cases: FuzzCase[], concurrency = 8): Promise<Outcome[]> {
  const outcomes: Outcome[] = new Array(cases.length);
  let next = 0;
  const worker = async () => {
    while (next < cases.length) {
      const index = next++;
      outcomes[index] = await send(actor, cases[index], index);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return outcomes;
}

/** One line per problem, for the failure message. */
export function report(outcomes: Outcome[]): string[] {
  return outcomes
    .filter((o) => o.problem)
    .map((o) => `${o.fuzzCase.id} → ${o.problem} | ${o.fuzzCase.method} ${o.fuzzCase.path} | ${o.body.slice(0, 160)}`);
}
