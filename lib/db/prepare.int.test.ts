import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../testing/test-database";
import { prepareDatabase } from "./prepare";

describe("prepareDatabase on an empty database", () => {
  let database: TestDatabase;
  let dataDir: string;
  const previous = process.env.SIGHTLINE_DATA_DIR;
  beforeAll(async () => {
    database = await createTestDatabase();
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "sightline-prepare-"));
    process.env.SIGHTLINE_DATA_DIR = dataDir; // demo credentials land here, not in the repository's data folder
  });
  afterAll(async () => {
    process.env.SIGHTLINE_DATA_DIR = previous;
    fs.rmSync(dataDir, { recursive: true, force: true });
    await database?.destroy();
  });

  it("outside demo mode loads only the DISARM reference: no demo case, no demo users", async () => {
    await prepareDatabase(database, () => {}, false);
    const { prisma } = database;
    expect(await prisma.disarmTechnique.count()).toBeGreaterThan(100);
    expect(await prisma.item.count()).toBe(0);
    expect(await prisma.campaign.count()).toBe(0);
    expect(await prisma.user.count()).toBe(0);
  });

  it("in demo mode gives the same empty database the Matryoshka case and its users", async () => {
    const lines: string[] = [];
    await prepareDatabase(database, (line) => lines.push(line), true);
    const { prisma } = database;
    expect(await prisma.campaign.count({ where: { slug: "matryoshka" } })).toBe(1);
    expect(await prisma.item.count()).toBeGreaterThanOrEqual(12);
    expect(await prisma.user.count()).toBe(4);
    expect(lines.join("\n")).toMatch(/Demo mode: 4 demo users/);
  });
});
