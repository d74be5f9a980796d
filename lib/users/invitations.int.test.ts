import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAuth, type Auth } from "../auth/create-auth";
import { createTestDatabase, type TestDatabase } from "../testing/test-database";
import { acceptInvitation, createInvitation, describeInvitation, INVITATION_TTL_MS } from "./invitations";
import { inviteUserBodySchema } from "./schemas";

const ADMIN = { kind: "system" } as const;
const PASSWORD = "a long enough secret";

describe("invitations", () => {
  let database: TestDatabase;
  let auth: Auth;
  beforeAll(async () => {
    database = await createTestDatabase();
    auth = createAuth(database.prisma, { baseURL: "http://localhost:3000", secret: "s".repeat(48) });
  });
  afterAll(async () => database?.destroy());

  const signIn = (email: string, password: string) =>
    auth.api.signInEmail({ body: { email, password }, asResponse: true });

  it("creates a person without a password, stores only the token's hash, and lets them set one once", async () => {
    const invitation = await createInvitation(database.prisma, inviteUserBodySchema.parse({ email: "Bo@Newsroom.test", name: "Bo", role: "journalist" }), ADMIN);
    expect(invitation.user.email).toBe("bo@newsroom.test");
    expect(invitation.token).toMatch(/^[\w-]{43}$/);
    expect(invitation.expiresAt.getTime() - Date.now()).toBeGreaterThan(INVITATION_TTL_MS - 60_000);
    const stored = await database.prisma.verification.findFirstOrThrow({ where: { identifier: `invite:${invitation.user.id}` } });
    expect(stored.value).toMatch(/^[0-9a-f]{64}$/);
    expect(stored.value).not.toContain(invitation.token);
    expect((await signIn("bo@newsroom.test", PASSWORD)).status).toBe(401);

    expect(await describeInvitation(database.prisma, invitation.token)).toMatchObject({ status: "valid", email: "bo@newsroom.test" });
    await expect(acceptInvitation(database.prisma, { token: invitation.token, password: PASSWORD })).resolves.toEqual({ email: "bo@newsroom.test" });
    expect((await signIn("bo@newsroom.test", PASSWORD)).status).toBe(200);

    // One use: the same link again is refused and changes nothing.
    await expect(acceptInvitation(database.prisma, { token: invitation.token, password: "another password!" })).rejects.toMatchObject({ status: 404 });
    expect((await signIn("bo@newsroom.test", PASSWORD)).status).toBe(200);
    expect(await describeInvitation(database.prisma, invitation.token)).toEqual({ status: "unknown" });

    const actions = await database.prisma.auditEvent.findMany({ where: { entityId: invitation.user.id }, orderBy: { id: "asc" } });
    expect(actions.map((a) => a.action)).toEqual(["create", "invite", "accept_invitation", "sign_in", "sign_in"]);
    expect(JSON.stringify(actions.map((a) => [a.before, a.after, a.requestId]))).not.toContain(invitation.token);
    expect(actions[2]).toMatchObject({ actorKind: "user", actorId: invitation.user.id });
  });

  it("refuses an expired link, an unknown one, and replaces an earlier link with a new one", async () => {
    const past = new Date(Date.now() - INVITATION_TTL_MS - 1000);
    const old = await createInvitation(database.prisma, { email: "cy@newsroom.test", name: "Cy", role: "researcher" }, ADMIN, past);
    expect(await describeInvitation(database.prisma, old.token)).toEqual({ status: "expired" });
    await expect(acceptInvitation(database.prisma, { token: old.token, password: PASSWORD })).rejects.toMatchObject({ status: 410 });
    await expect(acceptInvitation(database.prisma, { token: "made-up", password: PASSWORD })).rejects.toMatchObject({ status: 404 });

    const fresh = await createInvitation(database.prisma, { userId: old.user.id }, ADMIN);
    await expect(acceptInvitation(database.prisma, { token: old.token, password: PASSWORD })).rejects.toMatchObject({ status: 404 });
    await acceptInvitation(database.prisma, { token: fresh.token, password: PASSWORD });
    expect((await signIn("cy@newsroom.test", PASSWORD)).status).toBe(200);
    // Someone with a password gets no new link (that would be a way to take over an account).
    await expect(createInvitation(database.prisma, { userId: old.user.id }, ADMIN)).rejects.toMatchObject({ status: 409 });
  });

  it("accepts a link only once even when submitted twice at the same moment", async () => {
    const invitation = await createInvitation(database.prisma, { email: "di@newsroom.test", name: "Di", role: "fact_checker" }, ADMIN);
    const results = await Promise.allSettled([
      acceptInvitation(database.prisma, { token: invitation.token, password: PASSWORD }),
      acceptInvitation(database.prisma, { token: invitation.token, password: "the other password" }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
  });
});
