import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../testing/test-database";
import { createAuth, type Auth } from "../auth/create-auth";
import { createUser, DuplicateEmailError, updateUser } from "./manage-users";

const SYSTEM = { kind: "system" } as const;

describe("users and sign-in (better-auth over Prisma)", () => {
  let database: TestDatabase;
  let auth: Auth;
  beforeAll(async () => {
    database = await createTestDatabase();
    auth = createAuth(database.prisma, { baseURL: "http://localhost:3000", secret: "s".repeat(48) });
  });
  afterAll(async () => database?.destroy());

  const signIn = (email: string, password: string) =>
    auth.api.signInEmail({ body: { email, password }, asResponse: true });

  it("creates a user whose password is stored hashed, and who can sign in", async () => {
    const user = await createUser(
      database.prisma,
      { email: "ana@newsroom.test", name: "Ana", role: "fact_checker", password: "correct horse battery" },
      SYSTEM,
    );
    const credential = await database.prisma.authAccount.findFirstOrThrow({ where: { userId: user.id } });
    expect(credential.password).toBeTruthy();
    expect(credential.password).not.toContain("correct horse");

    const ok = await signIn("ana@newsroom.test", "correct horse battery");
    expect(ok.status).toBe(200);
    const cookie = ok.headers.get("set-cookie") ?? "";
    const session = await auth.api.getSession({ headers: new Headers({ cookie: cookie.split(";")[0] }) });
    expect(session?.user.email).toBe("ana@newsroom.test");
    expect((session?.user as { role?: string }).role).toBe("fact_checker");

    const audit = await database.prisma.auditEvent.findMany({ where: { entityId: user.id } });
    expect(audit.map((a) => a.action).sort()).toEqual(["create", "sign_in"]);
  });

  it("refuses a wrong password and a duplicate email", async () => {
    expect((await signIn("ana@newsroom.test", "wrong password!!")).status).toBe(401);
    await expect(
      createUser(database.prisma, { email: "ana@newsroom.test", name: "Again", role: "journalist" }, SYSTEM),
    ).rejects.toBeInstanceOf(DuplicateEmailError);
  });

  it("ends sessions and refuses sign-in once a user is deactivated", async () => {
    const user = await database.prisma.user.findUniqueOrThrow({ where: { email: "ana@newsroom.test" } });
    await updateUser(database.prisma, user.id, { active: false }, SYSTEM);
    expect(await database.prisma.session.count({ where: { userId: user.id } })).toBe(0);
    // The same answer as a wrong password: sign-in does not tell that the account exists and is deactivated.
    const refused = await signIn("ana@newsroom.test", "correct horse battery");
    expect(refused.status).toBe(401);
    expect(await refused.json()).toMatchObject({ code: "INVALID_EMAIL_OR_PASSWORD" });
  });
});
