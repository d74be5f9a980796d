import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../testing/test-database";
import { isDisarmLoaded, loadDisarm } from "./load";

describe("loadDisarm", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => database?.destroy());

  it("loads 16 tactics and 391 techniques with parents, and is idempotent", async () => {
    const { prisma } = database;
    expect(await isDisarmLoaded(prisma)).toBe(false);
    const first = await loadDisarm(prisma);
    expect(first).toEqual({ tactics: 16, techniques: 391, written: 407 });
    expect(await prisma.disarmTactic.count()).toBe(16);
    expect(await prisma.disarmTechnique.count()).toBe(391);
    const sub = await prisma.disarmTechnique.findUniqueOrThrow({ where: { id: "T0087.001" }, include: { parent: true } });
    expect(sub.parent?.name).toBe("Develop Video-Based Content");
    expect(sub.tacticId).toBe("TA06");
    const audits = await prisma.auditEvent.count({ where: { action: "seed", entityType: { startsWith: "disarm_" } } });
    expect(audits).toBe(407);

    const second = await loadDisarm(prisma);
    expect(second.written).toBe(0);
    expect(await prisma.disarmTechnique.count()).toBe(391);
    expect(await prisma.auditEvent.count()).toBe(audits);
    expect(await isDisarmLoaded(prisma)).toBe(true);
  });

  it("repairs a changed row", async () => {
    const { prisma } = database;
    await prisma.disarmTechnique.update({ where: { id: "T0087" }, data: { name: "tampered" } });
    expect((await loadDisarm(prisma)).written).toBe(1);
    expect((await prisma.disarmTechnique.findUniqueOrThrow({ where: { id: "T0087" } })).name).toBe("Develop Video-Based Content");
  });
});
