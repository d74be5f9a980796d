import { afterAll, describe, expect, it } from "vitest";
import { openDatabase, type Database } from "../db/client";
import { apiRoute } from "./route";

/** A handler that reads one row, as every route does, served through the real route builder. */
const countUsers = (database: Database) => apiRoute(async () => ({ users: await database.prisma.user.count() }));

const opened: Database[] = [];
afterAll(async () => {
  await Promise.all(opened.map((d) => d.close().catch(() => undefined)));
});

describe("an API route while the database is down", () => {
  it("answers 503 with Retry-After when PostgreSQL cannot be reached (real adapter-pg, nothing listening)", async () => {
    const database = openDatabase({ kind: "postgres", url: "postgresql://postgres@127.0.0.1:1/postgres" });
    opened.push(database);
    const response = await countUsers(database)(new Request("http://x/api/items"), {});
    expect(response.status).toBe(503);
    expect(Number(response.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await response.json()).error.code).toBe("database_unavailable");
  });

  it("answers 503 when the embedded database has been closed", async () => {
    const database = openDatabase({ kind: "pglite", dataDir: "memory://" });
    opened.push(database);
    await database.prisma.$queryRawUnsafe("select 1");
    if (database.driver.kind === "pglite") await database.driver.pglite.close();
    const response = await countUsers(database)(new Request("http://x/api/items"), {});
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBeTruthy();
  });

  it("a bad request is still a 4xx and a bug still a 500, not a 503", async () => {
    const notFound = apiRoute(async () => {
      throw Object.assign(new Error("x"), { name: "PrismaClientKnownRequestError", code: "P2025" });
    });
    expect((await notFound(new Request("http://x/"), {})).status).toBe(404);
    const bug = apiRoute(async () => {
      throw new TypeError("cannot read x of undefined");
    });
    const response = await bug(new Request("http://x/"), {});
    expect(response.status).toBe(500);
    expect(response.headers.get("retry-after")).toBeNull();
  });
});
