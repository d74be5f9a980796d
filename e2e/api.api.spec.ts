import { expect, test } from "@playwright/test";

test("GET /api/health reports the embedded database with current migrations", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  const body = await response.json();
  expect(body).toMatchObject({ status: "ok", database: { kind: "pglite", migrations: { current: true, pending: 0 } } });
  expect(body.database.migrations.applied).toBeGreaterThan(0);
  expect(typeof body.version).toBe("string");
});

test("GET /api/items returns a page of seeded items", async ({ request }) => {
  const response = await request.get("/api/items?campaign=matryoshka&pageSize=50");
  expect(response.status()).toBe(200);
  const body = await response.json();
  expect(body).toMatchObject({ page: 1, pageSize: 50 });
  expect(body.total).toBeGreaterThan(3);
  expect(body.items.map((i: { title: string }) => i.title)).toContain('Deepfake: KCL professor Alan Read "insults" Emmanuel Macron');
});

test("GET /api/items answers bad parameters with 422 naming each field", async ({ request }) => {
  const response = await request.get("/api/items?pageSize=30&country=POL&verdikt=false");
  expect(response.status()).toBe(422);
  const { error } = await response.json();
  expect(error.code).toBe("invalid_request");
  expect(error.details.map((d: { path: string }) => d.path).sort()).toEqual(["country", "pageSize", "verdikt"]);
});

test("GET /api/items/:id gives 404 in the error shape for unknown and malformed ids", async ({ request }) => {
  for (const id of ["00000000-0000-4000-8000-000000000000", "not-a-uuid", "'; DROP TABLE items; --"]) {
    const response = await request.get(`/api/items/${encodeURIComponent(id)}`);
    expect(response.status()).toBe(404);
    expect(await response.json()).toEqual({ error: { code: "not_found", message: "Item not found" } });
  }
});
