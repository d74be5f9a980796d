import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openHarness, type Harness } from "../api-v1/testing/harness";
import { prepareExport } from "../exports/build-export";
import { downloadResponse } from "../exports/http";
import { getGraphView } from "../graph/get-graph-view";
import { graphQuerySchema } from "../graph/schemas";
import { FAIR_SHARE, withFairShare, type HeavyWork } from "./fair-share";

// A tenth of the limits keeps the test short: graph 6 a minute and 1 in flight, exports 3 a minute and 1 in flight.
process.env.SIGHTLINE_FAIR_SHARE_SCALE = "0.1";
const GRAPH_PER_MINUTE = Math.ceil(FAIR_SHARE.graph.perMinute * 0.1);

/**
 * withFairShare is what heavyRoute (lib/http/heavy-route.ts) runs for /api/graph, /api/analytics/* and /api/exports;
 * the route wrapper itself needs Next's request scope (connection()), so the real work is called here directly.
 */
describe("fair share on heavy endpoints (per user, 429 + Retry-After)", () => {
  let h: Harness;
  const users: Record<string, string> = {};
  beforeAll(async () => {
    h = await openHarness();
    for (const name of ["greedy", "patient", "parallel", "other"]) users[name] = (await h.user("researcher", `${name}@newsroom.test`)).id;
  });
  afterAll(async () => h?.close());

  const graph = (user: string) =>
    withFairShare(h.database.prisma, users[user], "graph", () => getGraphView(graphQuerySchema.parse({}), h.database.prisma, () => {}));
  const exportJsonl = (user: string, kind: HeavyWork = "exports") =>
    withFairShare(h.database.prisma, users[user], kind, async () =>
      downloadResponse(await prepareExport(h.database, { format: "jsonl", filter: {} }), new AbortController()),
    );
  const status = (result: unknown) => (result instanceof Response ? result.status : 200);

  it("one user's burst on the graph gets 429s while another user's request still passes", async () => {
    const results = [];
    for (let i = 0; i < GRAPH_PER_MINUTE + 3; i++) results.push(await graph("greedy"));
    const statuses = results.map(status);
    expect(statuses).toEqual([...Array(GRAPH_PER_MINUTE).fill(200), 429, 429, 429]);
    const refused = results.at(-1) as Response;
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await refused.json()).toMatchObject({ error: { code: "rate_limited", message: expect.stringMatching(/at most 6 a minute/) } });

    expect(status(await graph("patient"))).toBe(200);
  });

  it("a parallel burst is held to the in-flight share", async () => {
    const burst = await Promise.all(Array.from({ length: 4 }, () => graph("parallel")));
    const statuses = burst.map(status);
    expect(statuses).toContain(200);
    expect(statuses).toContain(429);
    expect((burst.find((r) => status(r) === 429) as Response).headers.get("retry-after")).toBe("1");
  });

  it("a streamed export keeps its slot until its body is read; another user's export is not held up", async () => {
    const stalled = (await exportJsonl("parallel")) as Response;
    expect(stalled.status).toBe(200);
    expect(status(await exportJsonl("parallel"))).toBe(429);
    const other = (await exportJsonl("other")) as Response;
    expect(other.status).toBe(200);
    await other.arrayBuffer();
    await stalled.arrayBuffer(); // read to the end: the slot is free again
    const again = (await exportJsonl("parallel")) as Response;
    expect(again.status).toBe(200);
    await again.arrayBuffer();
  });
});
