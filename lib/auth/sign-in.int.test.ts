import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../testing/test-database";
import { createUser, updateUser } from "../users/manage-users";
import { PEER_ADDRESS_HEADER } from "./client-address";
import { createAuth, type Auth } from "./create-auth";
import { signInWithPassword } from "./sign-in";
import { SIGN_IN_FAILURE_LIMIT } from "./sign-in-throttle";

const SYSTEM = { kind: "system" } as const;
const PASSWORD = "correct horse battery";
/** A small per-address budget keeps the test short (each attempt hashes a password); the default is 20. */
const SIGN_IN_ATTEMPTS_PER_ADDRESS = 4;
process.env.SIGHTLINE_SIGN_IN_RATE_LIMIT = String(SIGN_IN_ATTEMPTS_PER_ADDRESS);

/** The headers a browser's POST to the sign-in page carries, from a given connection and claimed forwarding. */
function from(peer: string, forwardedFor?: string): Headers {
  const headers = new Headers({ host: "localhost:3000", origin: "http://localhost:3000", [PEER_ADDRESS_HEADER]: peer });
  if (forwardedFor) headers.set("x-forwarded-for", forwardedFor);
  return headers;
}

describe("sign-in throttling (the sign-in page's path, through better-auth's handler)", () => {
  let database: TestDatabase;
  let auth: Auth;
  beforeAll(async () => {
    database = await createTestDatabase();
    auth = createAuth(database.prisma, { baseURL: "http://localhost:3000", secret: "s".repeat(48) });
    for (const email of ["ana@newsroom.test", "bo@newsroom.test", "cy@newsroom.test", "dee@newsroom.test"]) {
      await createUser(database.prisma, { email, name: email, role: "journalist", password: PASSWORD }, SYSTEM);
    }
  });
  afterAll(async () => database?.destroy());

  it(`locks an account after ${SIGN_IN_FAILURE_LIMIT} wrong passwords from rotating X-Forwarded-For values: the right password is then refused too`, async () => {
    for (let i = 0; i < SIGN_IN_FAILURE_LIMIT; i++) {
      // Rotating connections as well, so the per-address limit never steps in: only the per-account lock can.
      const wrong = await signInWithPassword(auth, { email: "ana@newsroom.test", password: `wrong guess ${i}` }, from(`10.0.${i}.1`, `198.51.100.${i}`));
      expect(wrong).toMatchObject({ ok: false, status: 401, message: "Wrong email or password." });
    }
    const right = await signInWithPassword(auth, { email: "ana@newsroom.test", password: PASSWORD }, from("10.9.9.9", "203.0.113.7"));
    expect(right.ok).toBe(false);
    if (right.ok) return;
    expect(right.status).toBe(429);
    expect(right.message).toMatch(/Too many failed sign-ins for this account\. Try again in 15 minutes\./);
    expect(right.retryAfterSeconds).toBeGreaterThan(14 * 60);
    expect(await database.prisma.session.count()).toBe(0);

    // The HTTP endpoint refuses it too, with Retry-After.
    const api = await auth.handler(
      new Request("http://localhost:3000/api/auth/sign-in/email", {
        method: "POST",
        headers: { "content-type": "application/json", origin: "http://localhost:3000", [PEER_ADDRESS_HEADER]: "10.8.8.8" },
        body: JSON.stringify({ email: "ana@newsroom.test", password: PASSWORD }),
      }),
    );
    expect(api.status).toBe(429);
    expect(Number(api.headers.get("retry-after"))).toBeGreaterThan(14 * 60);

    // Once the back-off has run out (moved into the past here), the right password works and clears the count.
    await database.prisma.signInThrottle.update({ where: { email: "ana@newsroom.test" }, data: { lockedUntil: new Date(Date.now() - 1000) } });
    const later = await signInWithPassword(auth, { email: "ana@newsroom.test", password: PASSWORD }, from("10.9.9.9"));
    expect(later.ok).toBe(true);
    expect(await database.prisma.signInThrottle.count({ where: { email: "ana@newsroom.test" } })).toBe(0);
  });

  it("locks an unknown email exactly like a real one, so the lock reveals nothing", async () => {
    for (let i = 0; i < SIGN_IN_FAILURE_LIMIT; i++) {
      await signInWithPassword(auth, { email: "nobody@newsroom.test", password: `wrong guess ${i}` }, from(`10.1.${i}.1`));
    }
    const next = await signInWithPassword(auth, { email: "nobody@newsroom.test", password: PASSWORD }, from("10.1.99.1"));
    expect(next).toMatchObject({ ok: false, status: 429 });
  });

  it("limits one connection's attempts across accounts, and ignores the X-Forwarded-For it claims", async () => {
    const emails = ["bo@newsroom.test", "cy@newsroom.test"];
    const outcomes = [];
    for (let i = 0; i <= SIGN_IN_ATTEMPTS_PER_ADDRESS; i++) {
      const email = emails[i % 2];
      outcomes.push(await signInWithPassword(auth, { email, password: `wrong ${i}` }, from("192.0.2.50", `203.0.113.${i}`)));
    }
    const last = outcomes.at(-1)!;
    expect(last).toMatchObject({ ok: false, status: 429 });
    if (!last.ok) expect(last.message).toMatch(/from your network/);
    // Another connection is not held up by it.
    const other = await signInWithPassword(auth, { email: "dee@newsroom.test", password: PASSWORD }, from("192.0.2.51"));
    expect(other.ok).toBe(true);
  });

  it("believes X-Forwarded-For only from a trusted proxy", async () => {
    const previous = process.env.SIGHTLINE_TRUSTED_PROXIES;
    process.env.SIGHTLINE_TRUSTED_PROXIES = "10.20.0.0/16";
    try {
      const behindProxy = createAuth(database.prisma, { baseURL: "http://localhost:3000", secret: "s".repeat(48) });
      // Through the trusted proxy, each client address has its own budget: rotating them is not throttled per address.
      for (let i = 0; i <= SIGN_IN_ATTEMPTS_PER_ADDRESS; i++) {
        const outcome = await signInWithPassword(
          behindProxy,
          { email: `spray${i}@newsroom.test`, password: "wrong password" },
          from("10.20.0.5", `198.51.100.${i}`),
        );
        expect(outcome).toMatchObject({ ok: false, status: 401 });
      }
      // One client behind that proxy runs into its own limit.
      let last;
      for (let i = 0; i <= SIGN_IN_ATTEMPTS_PER_ADDRESS; i++) {
        last = await signInWithPassword(behindProxy, { email: `one${i}@newsroom.test`, password: "wrong password" }, from("10.20.0.5", "198.51.100.200"));
      }
      expect(last).toMatchObject({ ok: false, status: 429 });
    } finally {
      if (previous === undefined) delete process.env.SIGHTLINE_TRUSTED_PROXIES;
      else process.env.SIGHTLINE_TRUSTED_PROXIES = previous;
    }
  });

  it("answers a deactivated account with the wrong-credentials words, even with its right password", async () => {
    const user = await database.prisma.user.findUniqueOrThrow({ where: { email: "dee@newsroom.test" } });
    await updateUser(database.prisma, user.id, { active: false }, SYSTEM);
    const outcome = await signInWithPassword(auth, { email: "dee@newsroom.test", password: PASSWORD }, from("192.0.2.60"));
    expect(outcome).toEqual({ ok: false, status: 401, message: "Wrong email or password." });
  });

  it("takes as long for an unknown email as for a wrong password (both hash the password once)", async () => {
    const unknown: number[] = [];
    const wrong: number[] = [];
    const time = async (email: string, peer: string) => {
      const started = performance.now();
      await signInWithPassword(auth, { email, password: "not the password" }, from(peer));
      return performance.now() - started;
    };
    // Interleaved, so a busy machine slows both sides alike; fewer than the lock's limit per email.
    for (let i = 0; i < 7; i++) {
      unknown.push(await time(`ghost${i}@newsroom.test`, `10.50.${i}.1`));
      wrong.push(await time(i % 2 ? "bo@newsroom.test" : "cy@newsroom.test", `10.51.${i}.1`));
    }
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
    const ratio = median(unknown) / median(wrong);
    expect(ratio, `unknown ${median(unknown).toFixed(0)} ms vs wrong password ${median(wrong).toFixed(0)} ms`).toBeGreaterThan(0.75);
    expect(ratio).toBeLessThan(1.33);
  });
});
