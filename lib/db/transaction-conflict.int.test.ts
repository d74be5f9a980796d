import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../testing/test-database";
import { isTransactionConflict, retryOnConflict } from "./transaction-conflict";

/**
 * Two transactions that lock the same two rows in opposite orders: PostgreSQL kills one as a deadlock. The error must
 * be recognised in the shape Prisma gives a raw query (P2010 around the driver's 40P01), and a retried transaction
 * then succeeds.
 */
describe.runIf(process.env.SIGHTLINE_TEST_DB === "postgres")("transaction conflicts (postgres)", () => {
  let database: TestDatabase;
  let ids: [string, string];
  beforeAll(async () => {
    database = await createTestDatabase();
    const made = await Promise.all(["a", "b"].map((name) => database.prisma.campaign.create({ data: { slug: `lock-${name}`, name: `Lock ${name}` } })));
    ids = [made[0].id, made[1].id];
  }, 120_000);
  afterAll(async () => {
    await database?.destroy();
  });

  const crossing = (first: string, second: string) => () =>
    database.prisma.$transaction(
      async (tx) => {
        await tx.$executeRaw`UPDATE campaigns SET version = version + 1 WHERE id = ${first}::uuid`;
        await new Promise((r) => setTimeout(r, 300));
        await tx.$executeRaw`UPDATE campaigns SET version = version + 1 WHERE id = ${second}::uuid`;
      },
      { timeout: 20_000 },
    );

  it("a deadlock's victim is recognised as a conflict", async () => {
    const outcomes = await Promise.allSettled([crossing(ids[0], ids[1])(), crossing(ids[1], ids[0])()]);
    const failures = outcomes.filter((o) => o.status === "rejected").map((o) => (o as PromiseRejectedResult).reason);
    expect(failures).toHaveLength(1);
    expect(isTransactionConflict(failures[0])).toBe(true);
    expect(isTransactionConflict(new Error("no such item"))).toBe(false);
  });

  it("retried, both transactions commit", async () => {
    const before = await database.prisma.campaign.findMany({ where: { id: { in: ids } }, select: { version: true } });
    await Promise.all([retryOnConflict(crossing(ids[0], ids[1])), retryOnConflict(crossing(ids[1], ids[0]))]);
    const after = await database.prisma.campaign.findMany({ where: { id: { in: ids } }, select: { version: true } });
    expect(after.reduce((n, c) => n + c.version, 0)).toBe(before.reduce((n, c) => n + c.version, 0) + 4);
  });
});
