import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { refreshDerivedColumns } from "../sightings/derived";
import { createTestDatabase, type TestDatabase } from "../testing/test-database";
import { minhashSignature } from "../text/minhash";
import { buildGraph } from "./build-graph";
import { getGraphExcerpt } from "./get-graph-excerpt";
import { getGraphView } from "./get-graph-view";
import { decodePositions } from "./layout-graph";
import { graphQuerySchema, type GraphQueryInput } from "./schemas";

const TEXT = "Professor Alan Read says the president of France is a clown and must resign at once, says the video";

describe(`buildGraph (${process.env.SIGHTLINE_TEST_DB ?? "pglite"})`, () => {
  let database: TestDatabase;
  const graph = (input: GraphQueryInput, nodeCap?: number) => buildGraph(graphQuerySchema.parse(input), database.prisma, { nodeCap });

  beforeAll(async () => {
    database = await createTestDatabase();
    const p = database.prisma;
    const actor = await p.threatActor.create({ data: { name: "Social Design Agency", kind: "commercial" } });
    const matryoshka = await p.campaign.create({ data: { slug: "matryoshka", name: "Matryoshka", threatActorId: actor.id } });
    const other = await p.campaign.create({ data: { slug: "storm-1516", name: "Storm-1516" } });
    const read = await p.person.create({ data: { name: "Alan Read" } });
    const macron = await p.person.create({ data: { name: "Emmanuel Macron" } });
    const kcl = await p.organization.create({ data: { name: "King's College London" } });
    const account = await p.account.create({ data: { platform: "x", handle: "@bot1" } });
    const signature = minhashSignature(TEXT);
    const item = (title: string, countries: string[], url: string | null, text: string | null = null) =>
      p.item.create({
        data: { kind: "video", title, targetCountries: countries, originalUrl: url, text, textMinhash: text ? minhashSignature(text) : [] },
      });
    const video = await item("Deepfake of Alan Read", ["FR"], "https://www.bbc.co.uk.fake-news.com/video/1", TEXT);
    const copy = await item("Copy of the deepfake", ["FR", "UA"], "https://t.me/channel/5", `${TEXT} now`);
    const post = await item("Unrelated post", ["PL"], null, "A completely different text about the weather in Warsaw and trains");
    await p.item.create({ data: { kind: "post", title: "Deleted", targetCountries: ["FR"], deletedAt: new Date() } });
    expect(signature.length).toBe(128);
    await p.itemCampaign.createMany({
      data: [
        { itemId: video.id, campaignId: matryoshka.id, status: "confirmed" },
        { itemId: copy.id, campaignId: matryoshka.id, status: "suggested", confidence: 0.4 },
        { itemId: post.id, campaignId: other.id, status: "confirmed" },
      ],
    });
    await p.itemPerson.createMany({
      data: [
        { itemId: video.id, personId: read.id, role: "impersonated" },
        { itemId: video.id, personId: macron.id, role: "targeted" },
        { itemId: copy.id, personId: read.id, role: "impersonated" },
        { itemId: copy.id, personId: macron.id, role: "mentioned" },
      ],
    });
    await p.itemOrganization.create({ data: { itemId: video.id, organizationId: kcl.id, role: "impersonated" } });
    const at = (d: string) => new Date(`${d}T10:00:00Z`);
    await p.sighting.createMany({
      data: [
        { itemId: video.id, observedAt: at("2025-01-10"), accountId: account.id },
        { itemId: video.id, observedAt: at("2025-01-11"), accountId: account.id },
        { itemId: video.id, observedAt: at("2025-03-01") },
        { itemId: copy.id, observedAt: at("2025-01-12"), accountId: account.id },
        { itemId: post.id, observedAt: at("2025-02-01") },
      ],
    });
    await refreshDerivedColumns(p);
  }, 120_000);
  afterAll(async () => database?.destroy());

  it("builds every node type and edge kind of the whole dataset", async () => {
    const g = await graph({});
    const byLabel = new Map(g.nodes.map((n) => [n.label, n]));
    expect(g.truncated).toBe(false);
    expect([...new Set(g.nodes.map((n) => n.type))].sort()).toEqual(["account", "campaign", "domain", "item", "organization", "person", "threat_actor"]);
    expect(g.nodes.some((n) => n.label === "Deleted")).toBe(false);
    const video = byLabel.get("Deepfake of Alan Read")!;
    const read = byLabel.get("Alan Read")!;
    expect(g.edges).toContainEqual(expect.objectContaining({ kind: "impersonates", source: video.id, target: read.id }));
    expect(g.edges).toContainEqual(expect.objectContaining({ kind: "targets", source: video.id, target: byLabel.get("Emmanuel Macron")!.id }));
    expect(g.edges.filter((e) => e.kind === "targets")).toHaveLength(1); // "mentioned" is not an edge
    expect(g.edges).toContainEqual(expect.objectContaining({ kind: "attributed_to", source: byLabel.get("Matryoshka")!.id, target: byLabel.get("Social Design Agency")!.id }));
    expect(g.edges).toContainEqual(expect.objectContaining({ kind: "posted_by", source: video.id, target: byLabel.get("@bot1 (x)")!.id }));
    // Public-suffix aware: the registrable domain of www.bbc.co.uk.fake-news.com is fake-news.com.
    expect(g.nodes.map((n) => n.id)).toEqual(expect.arrayContaining(["domain:fake-news.com", "domain:t.me"]));
    const suggested = g.edges.find((e) => e.kind === "in_campaign" && e.status === "suggested")!;
    expect(suggested).toMatchObject({ confidence: 0.4, target: byLabel.get("Matryoshka")!.id });
    const dup = g.edges.filter((e) => e.kind === "near_duplicate");
    expect(dup).toHaveLength(1);
    expect([dup[0].source, dup[0].target].sort()).toEqual([video.id, byLabel.get("Copy of the deepfake")!.id].sort());
    expect(dup[0].confidence).toBeGreaterThan(0.6);
    // size by sightings: the video has 3, the account 3 (two of the video's, one of the copy's)
    expect(video.sightings).toBe(3);
    expect(byLabel.get("@bot1 (x)")!.sightings).toBe(3);
    expect(video.campaigns).toEqual([byLabel.get("Matryoshka")!.id]);
    // Every edge joins two nodes of the answer.
    const ids = new Set(g.nodes.map((n) => n.id));
    expect(g.edges.every((e) => ids.has(e.source) && ids.has(e.target))).toBe(true);
  });

  it("scopes to a campaign: confirmed items, and suggested ones above the minimum confidence", async () => {
    const all = await graph({ campaign: "matryoshka" });
    expect(all.nodes.filter((n) => n.type === "item").map((n) => n.label).sort()).toEqual(["Copy of the deepfake", "Deepfake of Alan Read"]);
    const confident = await graph({ campaign: "matryoshka", minConfidence: "0.5" });
    expect(confident.nodes.filter((n) => n.type === "item").map((n) => n.label)).toEqual(["Deepfake of Alan Read"]);
    expect(confident.edges.some((e) => e.status === "suggested")).toBe(false);
  });

  it("filters by country, dates and node types", async () => {
    const ua = await graph({ country: "UA" });
    expect(ua.nodes.filter((n) => n.type === "item").map((n) => n.label)).toEqual(["Copy of the deepfake"]);
    const february = await graph({ from: "2025-02-01", to: "2025-02-28" });
    expect(february.nodes.filter((n) => n.type === "item").map((n) => n.label)).toEqual(["Unrelated post"]);
    const march = await graph({ from: "2025-03-01", to: "2025-03-31", types: "item,person" });
    expect(march.nodes.find((n) => n.type === "item")).toMatchObject({ label: "Deepfake of Alan Read", sightings: 1 });
    expect([...new Set(march.nodes.map((n) => n.type))].sort()).toEqual(["item", "person"]);
    const none = await graph({ country: "JP" });
    expect(none).toMatchObject({ nodes: [], edges: [], truncated: false });
  });

  it("answers over the cap with the most important nodes and says so", async () => {
    const g = await graph({}, 4);
    expect(g.truncated).toBe(true);
    expect(g.nodes).toHaveLength(4);
    expect(g.totalNodes).toBeGreaterThan(4);
    // campaigns and threat actors are kept first
    expect(g.nodes.filter((n) => n.type === "campaign" || n.type === "threat_actor")).toHaveLength(3);
    const ids = new Set(g.nodes.map((n) => n.id));
    expect(g.edges.every((e) => ids.has(e.source) && ids.has(e.target))).toBe(true);
  });

  it("expands a node: its neighbourhood, whatever the dataset filter", async () => {
    const whole = await graph({});
    const read = whole.nodes.find((n) => n.label === "Alan Read")!;
    const around = await graph({ focus: read.id, country: "PL" });
    expect(around.nodes.filter((n) => n.type === "item").map((n) => n.label).sort()).toEqual(["Copy of the deepfake", "Deepfake of Alan Read"]);
    const domain = await graph({ focus: "domain:fake-news.com" });
    expect(domain.nodes.filter((n) => n.type === "item").map((n) => n.label)).toEqual(["Deepfake of Alan Read"]);
  });

  it("stores a computed layout so the same view reopens with the same positions", async () => {
    const query = graphQuerySchema.parse({ campaign: "matryoshka" });
    const tasks: (() => Promise<void>)[] = [];
    const first = await getGraphView(query, database.prisma, (task) => tasks.push(task));
    expect(first.layout).toMatchObject({ positions: null, exact: false });
    expect(tasks).toHaveLength(1);
    await tasks[0]();
    const second = await getGraphView(query, database.prisma, (task) => tasks.push(task));
    expect(second.layout.exact).toBe(true);
    expect(second.layout.seed).toBe(first.layout.seed);
    expect(tasks).toHaveLength(1);
    const positions = decodePositions(second.layout.positions!);
    expect(positions).toHaveLength(2 * second.nodes.length);
    expect(positions.every(Number.isFinite)).toBe(true);
  });

  it("gives a small laid-out excerpt for documents, the same on every call", async () => {
    const query = graphQuerySchema.parse({ campaign: "matryoshka" });
    const first = await getGraphExcerpt(query, database.prisma, 5);
    expect(first.graph.nodes.length).toBeLessThanOrEqual(5);
    expect(first.graph.truncated).toBe(true);
    expect(first.positions).toHaveLength(2 * first.graph.nodes.length);
    expect(first.positions.every(Number.isFinite)).toBe(true);
    const second = await getGraphExcerpt(query, database.prisma, 5);
    expect(Array.from(second.positions)).toEqual(Array.from(first.positions));
  });
});
