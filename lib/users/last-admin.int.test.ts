import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../testing/test-database";
import { LastAdminError } from "./last-admin";
import { createUser, updateUser } from "./manage-users";

const SYSTEM = { kind: "system" } as const;

describe("last active admin", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => database?.destroy());

  it("cannot be demoted or deactivated, by themselves or anyone; a second admin unlocks it", async () => {
    const prisma = database.prisma;
    const first = await createUser(prisma, { email: "first@team.test", name: "First", role: "admin" }, SYSTEM);
    const self = { kind: "user", userId: first.id } as const;
    await expect(updateUser(prisma, first.id, { active: false }, self)).rejects.toBeInstanceOf(LastAdminError);
    await expect(updateUser(prisma, first.id, { role: "journalist" }, SYSTEM)).rejects.toBeInstanceOf(LastAdminError);
    // Changes that keep them an active admin are fine.
    await expect(updateUser(prisma, first.id, { name: "First Admin", role: "admin", active: true }, self)).resolves.toMatchObject({ name: "First Admin" });

    const second = await createUser(prisma, { email: "second@team.test", name: "Second", role: "admin" }, SYSTEM);
    await expect(updateUser(prisma, first.id, { role: "fact_checker" }, self)).resolves.toMatchObject({ role: "fact_checker" });
    await expect(updateUser(prisma, second.id, { active: false }, SYSTEM)).rejects.toBeInstanceOf(LastAdminError);
    expect(await prisma.auditEvent.count({ where: { entityId: second.id, action: "update" } })).toBe(0);
  });

  it("a deactivated admin does not count as an active one", async () => {
    const prisma = database.prisma;
    const dormant = await createUser(prisma, { email: "dormant@team.test", name: "Dormant", role: "journalist" }, SYSTEM);
    await updateUser(prisma, dormant.id, { active: false }, SYSTEM);
    await updateUser(prisma, dormant.id, { role: "admin" }, SYSTEM);
    const second = await prisma.user.findUniqueOrThrow({ where: { email: "second@team.test" } });
    await expect(updateUser(prisma, second.id, { role: "researcher" }, SYSTEM)).rejects.toBeInstanceOf(LastAdminError);
  });
});
