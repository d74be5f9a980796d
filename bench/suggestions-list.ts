/**
 * Admin → Clustering's reads on a clustered database (read-only): the first page of every open suggestion (each with
 * its first page of items), a late page of the largest suggestion's items, the recent decisions, and the campaigns
 * list sorted by pending suggestions, p50/p95 over N runs each. Baseline in the same run: reading every open item of
 * the same suggestions with their titles (what a list without paging would send).
 *
 *   DATABASE_URL=postgresql://…/clustered npx tsx --conditions=react-server bench/suggestions-list.ts [runs]
 */
import { loadavg } from "node:os";
import { db } from "../lib/db";
import { listCampaignsPage } from "../lib/campaigns/list-campaigns";
import { campaignsListQuerySchema } from "../lib/campaigns/list-schema";
import { listRecentDecisions } from "../lib/clustering/list-decisions";
import { listSuggestionItems, listSuggestions } from "../lib/clustering/list-suggestions";
import { MEMBER_PAGE_SIZE } from "../lib/clustering/schemas";

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
  console.log(`${label.padEnd(58)} p50 ${at(0.5).padStart(7)} ms   p95 ${at(0.95).padStart(7)} ms`);
}

async function main() {
  if (!process.env.DATABASE_URL) throw new Error("Set DATABASE_URL to a (read-only use) PostgreSQL database");
  const open = await db.clusterSuggestion.findMany({ where: { status: "open" }, orderBy: { itemCount: "desc" }, select: { id: true, itemCount: true } });
  if (open.length === 0) throw new Error("No open suggestions: run `npm run cluster` first");
  const links = open.reduce((sum, s) => sum + s.itemCount, 0);
  console.log(`${open.length} open suggestions, ${links} item links, largest ${open[0].itemCount}; ${runs} runs each`);
  await time("baseline: every open item of every open suggestion", () =>
    db.clusterSuggestionItem.findMany({ where: { status: "suggested", suggestion: { status: "open" } }, select: { itemId: true, score: true, reasons: true } })
      .then((rows) => db.item.findMany({ where: { id: { in: rows.map((r) => r.itemId) } }, select: { id: true, title: true, kind: true } })));
  await time("open suggestions, page 1 (with first items)", () => listSuggestions(db, { open: "1" }));
  await time("open suggestions, large only", () => listSuggestions(db, { open: "1", size: "large" }));
  const last = Math.max(1, Math.ceil(open[0].itemCount / MEMBER_PAGE_SIZE));
  await time(`largest suggestion's items, page ${last} (last)`, () => listSuggestionItems(db, open[0].id, last));
  await time("recent decisions", () => listRecentDecisions(db, { userId: "00000000-0000-0000-0000-000000000000", mayUndoOthers: true }));
  await time("campaigns list sorted by pending", () => listCampaignsPage(campaignsListQuerySchema.parse({ sort: "pending" }), db));
  await time("campaigns list, default sort (for comparison)", () => listCampaignsPage(campaignsListQuerySchema.parse({}), db));
  console.log(`load average ${loadavg().map((n) => n.toFixed(2)).join(" ")}`);
  await db.$disconnect();
}

void main();
