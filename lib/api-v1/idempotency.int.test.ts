import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ApiError } from "../http/errors";
import { hitRateLimit, rateLimitFromEnv, rateLimitHeaders } from "./rate-limit";
import { IDEMPOTENCY_TTL_MS, runIdempotent } from "./idempotency";
import { openHarness, type Harness } from "./testing/harness";

const request = (body: unknown, key = "key-1") => ({ principalKey: "user:a", key, method: "POST", path: "/api/v1/narratives", body });

describe("idempotency keys", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await openHarness();
  });
  afterAll(async () => h?.close());

  it("runs once and replays the stored first response for the same caller, key and body", async () => {
    let runs = 0;
    const run = async () => ({ status: 201, body: { data: { n: ++runs } } });
    const first = await runIdempotent(h.database.prisma, request({ b: 1, a: [1, 2] }), run);
    const again = await runIdempotent(h.database.prisma, request({ a: [1, 2], b: 1 }), run); // same JSON, keys reordered
    expect(first).toEqual({ status: 201, body: { data: { n: 1 } }, replayed: false });
    expect(again).toEqual({ status: 201, body: { data: { n: 1 } }, replayed: true });
    expect(runs).toBe(1);
    const otherCaller = await runIdempotent(h.database.prisma, { ...request({ b: 1, a: [1, 2] }), principalKey: "token:b" }, run);
    expect(otherCaller.replayed).toBe(false);
  });

  it("answers the same key with a different body with 422", async () => {
    const error = await runIdempotent(h.database.prisma, request({ b: 2 }), async () => ({ status: 201, body: {} })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(422);
    expect((error as ApiError).code).toBe("idempotency_key_reused");
  });

  it("answers a concurrent duplicate with 409 while the first is in flight", async () => {
    let finish: () => void = () => undefined;
    const slow = runIdempotent(h.database.prisma, request({ x: 1 }, "slow"), () => new Promise((resolve) => {
      finish = () => resolve({ status: 201, body: { ok: true } });
    }));
    await new Promise((resolve) => setImmediate(resolve));
    await expect.poll(() => h.database.prisma.idempotencyKey.count({ where: { key: "slow" } })).toBe(1);
    const error = await runIdempotent(h.database.prisma, request({ x: 1 }, "slow"), async () => ({ status: 201, body: {} })).catch((e: unknown) => e);
    expect((error as ApiError).status).toBe(409);
    expect((error as ApiError).code).toBe("idempotency_in_flight");
    finish();
    expect((await slow).status).toBe(201);
    expect((await runIdempotent(h.database.prisma, request({ x: 1 }, "slow"), async () => ({ status: 500, body: {} }))).replayed).toBe(true);
  });

  it("releases the key when the request fails, and forgets keys after 24 hours", async () => {
    const failing = runIdempotent(h.database.prisma, request({ y: 1 }, "fails"), async () => {
      throw new ApiError(422, "invalid_request", "bad");
    });
    await expect(failing).rejects.toThrow("bad");
    expect(await h.database.prisma.idempotencyKey.count({ where: { key: "fails" } })).toBe(0);

    const later = () => new Date(Date.now() + IDEMPOTENCY_TTL_MS + 60_000);
    const fresh = await runIdempotent(h.database.prisma, request({ b: 2 }), async () => ({ status: 201, body: { new: true } }), later);
    expect(fresh).toEqual({ status: 201, body: { new: true }, replayed: false });
  });
});

describe("rate limit windows", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await openHarness();
  });
  afterAll(async () => h?.close());

  it("counts per key in a shared fixed window and refuses above the limit with Retry-After", async () => {
    const now = new Date(Date.UTC(2025, 0, 1, 12, 0, 15));
    const states = [];
    for (let i = 0; i < 4; i++) states.push(await hitRateLimit(h.database.prisma, "token:t1", 3, now));
    expect(states.map((s) => [s.allowed, s.remaining])).toEqual([[true, 2], [true, 1], [true, 0], [false, 0]]);
    expect(states[3].resetSeconds).toBe(45);
    expect(rateLimitHeaders(states[3])).toMatchObject({ "RateLimit-Limit": "3", "RateLimit-Remaining": "0", "Retry-After": "45" });
    expect((await hitRateLimit(h.database.prisma, "token:t2", 3, now)).remaining).toBe(2);
    const nextWindow = await hitRateLimit(h.database.prisma, "token:t1", 3, new Date(now.getTime() + 60_000));
    expect(nextWindow).toMatchObject({ allowed: true, remaining: 2 });
    expect(await h.database.prisma.rateLimitWindow.count({ where: { key: "token:t1" } })).toBe(1);
  });

  it("counts concurrent requests exactly", async () => {
    const now = new Date(Date.UTC(2025, 0, 2));
    const results = await Promise.all(Array.from({ length: 25 }, () => hitRateLimit(h.database.prisma, "user:c", 20, now)));
    expect(results.filter((r) => r.allowed)).toHaveLength(20);
    expect((await h.database.prisma.rateLimitWindow.findFirstOrThrow({ where: { key: "user:c" } })).count).toBe(25);
  });

  it("reads the limit from SIGHTLINE_API_RATE_LIMIT", () => {
    expect(rateLimitFromEnv({ SIGHTLINE_API_RATE_LIMIT: "5" })).toBe(5);
    expect(rateLimitFromEnv({})).toBe(120);
    expect(rateLimitFromEnv({ SIGHTLINE_API_RATE_LIMIT: "lots" })).toBe(120);
  });
});
