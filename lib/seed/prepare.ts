import type { PrismaClient } from "../generated/prisma/client";
import { readDisarmCatalog } from "../disarm/catalog";
import { loadDisarm } from "../disarm/load";
import { seedRealCase } from "./real-case";

/**
 * Run by `npm start` / `npm run dev` (scripts/db.ts prepare): a fresh install opens on the real case instead of
 * an empty app. One cheap query when there is nothing to do; never touches a database that already has content.
 */
export async function seedRealCaseIfEmpty(prisma: PrismaClient): Promise<void> {
  const [state] = await prisma.$queryRaw<{ techniques: bigint; has_content: boolean }[]>`
    SELECT (SELECT count(*) FROM disarm_techniques) AS techniques,
           EXISTS (SELECT 1 FROM campaigns) OR EXISTS (SELECT 1 FROM items) AS has_content`;
  if (Number(state.techniques) < readDisarmCatalog().techniques.length) {
    const disarm = await loadDisarm(prisma);
    console.log(`DISARM: ${disarm.tactics} tactics, ${disarm.techniques} techniques loaded.`);
  }
  if (!state.has_content) {
    const result = await seedRealCase(prisma);
    console.log(`Empty database: seeded the Matryoshka demo case (${result.items} items, ${result.sightings} sightings).`);
    // A first clustering run in the background, so the demo opens with suggestions (the two posts the case leaves
    // unconfirmed are proposed to Matryoshka, with reasons).
    const { requestClusterRun } = await import("../clustering/jobs/runs");
    await requestClusterRun(prisma, { kind: "system" });
  }
}
