import { expect, test } from "@playwright/test";

// A full run under `next start`: the engine runs in a worker thread that loads its code from source (lib/jobs/
// thread.ts), which only this test exercises in the built server.
test("POST /api/clustering/runs queues a run that the worker completes, with stats", async ({ request }) => {
  const response = await request.post("/api/clustering/runs", { data: {} });
  expect([200, 202]).toContain(response.status());
  const { run } = await response.json();
  await expect.poll(async () => (await (await request.get(`/api/clustering/runs/${run.id}`)).json()).status, { timeout: 90_000 })
    .toBe("completed");
  const view = await (await request.get(`/api/clustering/runs/${run.id}`)).json();
  expect(view.error).toBeNull();
  expect(view.stats.items).toBeGreaterThan(0);
  expect(view.stats.timings).toMatchObject({ signals: expect.any(Number), communities: expect.any(Number), suggestions: expect.any(Number) });
});
