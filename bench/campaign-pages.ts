/**
 * The campaign pages' queries on a large database (read-only): the list (default sort, a country filter, a language
 * filter, sorted by name) and the biggest campaign's page, p50/p95 over N runs each. Baseline in the same run: the
 * v1 API's plain campaign list (no aggregates), so the cost of countries/languages per row is visible.
 *
 *   DATABASE_URL=postgresql://…/bench_shared_100k npx tsx --conditions=react-server bench/campaign-pages.ts [runs]
 */
import { loadavg } from "node:os";
import { db } from "../lib/db";
import { getCampaign } from "../lib/campaigns/get-campaign";
import { listCampaignsPage } from "../lib/campaigns/list-campaigns";
import { campaignsListQuerySchema } from "../lib/campaigns/list-schema";

const runs = Number(process.argv[2] ?? 20);

async function time(label: string, fn: () => Promise<unknown>) {
  await fn(); // warm
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    ms.push(performance.now() - start);
  }
  ms.sort((a, b) => a - b);
  const at = (q: number) => ms[Math.min(ms.length - 1, Math.floor(q * ms.length))].toFixed(1);
  console.log(`${label.padEnd(44)} p50 ${at(0.5).padStart(7)} ms   p95 ${at(0.95).padStart(7)} ms`);
}

async function main() {
  if (!process.env.DATABASE_URL) throw new Error("Set DATABASE_URL to a (read-only use) PostgreSQL database");
  const items = await db.item.count();
  const [biggest] = await db.campaign.findMany({ where: { deletedAt: null }, orderBy: { itemCount: "desc" }, take: 1, select: { slug: true, itemCount: true } });
  console.log(`${items} items, ${await db.campaign.count()} campaigns; biggest: ${biggest.slug} (${biggest.itemCount} items); ${runs} runs each`);
  const list = (q: object) => () => listCampaignsPage(campaignsListQuerySchema.parse(q), db);
  await time("baseline: plain campaign rows (findMany 50)", () => db.campaign.findMany({ where: { deletedAt: null }, orderBy: { lastSeenAt: "desc" }, take: 50 }));
  await time("list, default sort (last seen)", list({}));
  await time("list, sorted by name", list({ sort: "name", dir: "asc" }));
  await time("list, country=PL", list({ country: "PL" }));
  await time("list, language=pl", list({ language: "pl" }));
  await time("list, q=a", list({ q: "a" }));
  await time(`campaign page (${biggest.slug})`, () => getCampaign(biggest.slug, db));
  console.log(`load average ${loadavg().map((n) => n.toFixed(2)).join(" ")}`);
  await db.$disconnect();
}

void main();
