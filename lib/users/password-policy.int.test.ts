import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as createUserRoute } from "@/app/api/admin/users/route";
import { POST as acceptInvitationRoute } from "@/app/api/invitations/accept/route";
import { call, openHarness, type Harness } from "../api-v1/testing/harness";
import { createAuth, type Auth } from "../auth/create-auth";
import { PEER_ADDRESS_HEADER } from "../auth/client-address";
import { createInvitation } from "./invitations";
import { createUser } from "./manage-users";

const WEAK = ["          ", "aaaaaaaaaa", "1234567890"];

describe("every place a password is set refuses a guessable one (422 naming the field)", () => {
  let h: Harness;
  let adminToken: string;
  let auth: Auth;
  beforeAll(async () => {
    h = await openHarness();
    const admin = await h.user("admin");
    adminToken = (await h.token(admin.id, "write")).secret;
    auth = createAuth(h.database.prisma, { baseURL: "http://localhost:3000", secret: "s".repeat(48) });
  });
  afterAll(async () => h?.close());

  it.each(WEAK)("admin create refuses %j", async (password) => {
    const response = await call(createUserRoute, {
      method: "POST",
      path: "/api/admin/users",
      token: adminToken,
      body: { email: "weak@newsroom.test", name: "Weak", role: "journalist", password },
    });
    expect(response.status).toBe(422);
    expect(JSON.stringify(response.json)).toMatch(/"path":"password"/);
    expect(await h.database.prisma.user.count({ where: { email: "weak@newsroom.test" } })).toBe(0);
  });

  it.each(WEAK)("invitation accept refuses %j and leaves the link usable", async (password) => {
    const invitation = await createInvitation(
      h.database.prisma,
      { email: `invited${WEAK.indexOf(password)}@newsroom.test`, name: "Invited", role: "journalist" },
      { kind: "system" },
    );
    const refused = await call(acceptInvitationRoute, { method: "POST", path: "/api/invitations/accept", body: { token: invitation.token, password } });
    expect(refused.status).toBe(422);
    expect(JSON.stringify(refused.json)).toMatch(/"path":"password"/);
    const accepted = await call(acceptInvitationRoute, {
      method: "POST",
      path: "/api/invitations/accept",
      body: { token: invitation.token, password: "a sturdy passphrase here" },
    });
    expect(accepted.status).toBe(200);
  });

  it("change password refuses a weak one, and a good one signs out the person's other sessions", async () => {
    await createUser(h.database.prisma, { email: "cara@newsroom.test", name: "Cara", role: "journalist", password: "correct horse battery" }, { kind: "system" });
    const signIn = async (peer: string) => {
      const response = await auth.api.signInEmail({ body: { email: "cara@newsroom.test", password: "correct horse battery" }, asResponse: true });
      expect(response.status, peer).toBe(200);
      return (response.headers.get("set-cookie") ?? "").split(";")[0];
    };
    const laptop = await signIn("laptop");
    const phone = await signIn("phone");
    const change = (newPassword: string, revokeOtherSessions: boolean) =>
      auth.handler(
        new Request("http://localhost:3000/api/auth/change-password", {
          method: "POST",
          headers: { "content-type": "application/json", origin: "http://localhost:3000", cookie: laptop, [PEER_ADDRESS_HEADER]: "192.0.2.9" },
          body: JSON.stringify({ currentPassword: "correct horse battery", newPassword, revokeOtherSessions }),
        }),
      );
    for (const weak of WEAK) {
      const refused = await change(weak, true);
      expect(refused.status).toBe(422);
      expect(await refused.json()).toMatchObject({ code: "WEAK_PASSWORD", message: expect.stringMatching(/^newPassword /) });
    }
    // Even when the client asks to keep them, the other sessions end.
    const changed = await change("a brand new passphrase", false);
    expect(changed.status).toBe(200);
    expect(await auth.api.getSession({ headers: new Headers({ cookie: phone }) })).toBeNull();
    const newCookie = (changed.headers.get("set-cookie") ?? "").split(";")[0] || laptop;
    expect(await auth.api.getSession({ headers: new Headers({ cookie: newCookie }) })).not.toBeNull();
    const cara = await h.database.prisma.user.findUniqueOrThrow({ where: { email: "cara@newsroom.test" } });
    expect(await h.database.prisma.auditEvent.count({ where: { entityId: cara.id, action: "set_password" } })).toBe(1);
  });
});
