import type { PrismaClient } from "../generated/prisma/client";
import { readDisarmCatalog } from "../disarm/catalog";
import { loadDisarm } from "../disarm/load";
import { seedRealCase } from "./real-case";

/**
 * What every instance needs, on every start: the DISARM reference (technique tags and the matrix read it).
 * One cheap query when it is already loaded. Nothing else: a researcher's database must never receive demo rows,
 * which would then show up in their exports and clustering.
 */
export async function loadReferenceData(prisma: PrismaClient): Promise<void> {
  const [state] = await prisma.$queryRaw<{ techniques: bigint }[]>`SELECT count(*) AS techniques FROM disarm_techniques`;
  if (Number(state.techniques) < readDisarmCatalog().techniques.length) {
    const disarm = await loadDisarm(prisma);
    console.log(`DISARM: ${disarm.tactics} tactics, ${disarm.techniques} techniques loaded.`);
  }
}

/**
 * Demo mode only (`npm run demo`, SIGHTLINE_DEMO=1): an empty database opens on the real case instead of an empty
 * app. Never touches a database that already has content. `npm run db:seed` seeds the same case explicitly.
 */
export async function seedRealCaseIfEmpty(prisma: PrismaClient): Promise<void> {
  await loadReferenceData(prisma);
  const [state] = await prisma.$queryRaw<{ has_content: boolean }[]>`
    SELECT EXISTS (SELECT 1 FROM campaigns) OR EXISTS (SELECT 1 FROM items) AS has_content`;
  if (!state.has_content) {
    const result = await seedRealCase(prisma);
    console.log(`Empty database: seeded the Matryoshka demo case (${result.items} items, ${result.sightings} sightings).`);
    // A first clustering run in the background, so the demo opens with suggestions (the two posts the case leaves
    // unconfirmed are proposed to Matryoshka, with reasons).
    const { requestClusterRun } = await import("../clustering/jobs/runs");
    await requestClusterRun(prisma, { kind: "system" });
  }
}
