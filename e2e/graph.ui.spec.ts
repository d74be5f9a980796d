import { expect, test, type Page } from "@playwright/test";

const explorer = (page: Page) => page.getByTestId("graph-explorer");

async function nodeCount(page: Page): Promise<number> {
  return Number(await explorer(page).getAttribute("data-node-count"));
}

test("the Matryoshka graph has the Alan Read node and its impersonation edge (table view)", async ({ page }) => {
  await page.goto("/graph?campaign=matryoshka&view=table");
  const table = page.getByTestId("graph-table");
  const alan = table.locator("tr[data-node-id]").filter({ has: page.getByRole("button", { name: "Alan Read", exact: true }) });
  await expect(alan).toHaveCount(1);
  await expect(alan.getByRole("cell").nth(1)).toHaveText("Person");
  const alanId = await alan.getAttribute("data-node-id");
  expect(alanId).toMatch(/^person:/);
  const impersonation = table.locator(`tr[data-edge-kind="impersonates"][data-target="${alanId}"]`);
  await expect(impersonation.first()).toBeVisible();
  await expect(impersonation.first()).toContainText("Alan Read");
  await expect(impersonation.first()).toContainText("impersonates");
  // The campaign node itself is there too.
  await expect(table.getByRole("button", { name: "Matryoshka", exact: true })).toBeVisible();
});

test("unticking a node type drops those nodes from the table and puts the types in the URL", async ({ page }) => {
  await page.goto("/graph?campaign=matryoshka&view=table");
  const table = page.getByTestId("graph-table");
  await expect(table.getByRole("button", { name: "Alan Read", exact: true })).toBeVisible();
  const types = page.getByRole("group", { name: "Node types" });
  await types.getByLabel("Person").uncheck();
  await expect(page).toHaveURL(/[?&]types=/);
  await expect(table.getByRole("button", { name: "Alan Read", exact: true })).toHaveCount(0);
  await expect(table.locator('tr[data-node-id^="person:"]')).toHaveCount(0);
  await expect(table.getByRole("button", { name: "Matryoshka", exact: true })).toBeVisible();
  await types.getByLabel("Person").check();
  await expect(table.getByRole("button", { name: "Alan Read", exact: true })).toBeVisible();
});

test("clicking a node on the canvas opens its panel; a country filter shows fewer nodes; a reload gives the same view", async ({ page }) => {
  await page.goto("/graph?campaign=matryoshka");
  await expect(explorer(page)).toHaveAttribute("data-layout-settled", "true", { timeout: 20_000 });
  const all = await nodeCount(page);
  expect(all).toBeGreaterThan(5);

  // The search box centres the node; a click in the canvas's middle then hits it.
  await page.getByLabel("Find a node").fill("Alan Read");
  await page.getByRole("button", { name: "Find", exact: true }).click();
  const panel = page.getByTestId("graph-panel");
  await expect(panel.getByRole("heading", { name: "Alan Read", exact: true })).toBeVisible();
  await panel.getByRole("button", { name: "Close details" }).click();
  await expect(panel).toHaveCount(0);
  const canvas = page.getByTestId("graph-canvas");
  const box = (await canvas.boundingBox())!;
  await canvas.click({ position: { x: box.width / 2, y: box.height / 2 } });
  await expect(panel.getByRole("heading", { name: "Alan Read", exact: true })).toBeVisible();
  await expect(panel.getByText("impersonates").first()).toBeVisible();
  await expect(page).toHaveURL(/[?&]node=person%3A|[?&]node=person:/);

  await page.getByLabel("Target country").selectOption("PL");
  await expect(page).toHaveURL(/[?&]country=PL/);
  await expect.poll(() => nodeCount(page)).toBeLessThan(all);
  await expect(explorer(page)).toHaveAttribute("data-layout-settled", "true", { timeout: 20_000 });
  const filtered = await nodeCount(page);
  const hash = await explorer(page).getAttribute("data-layout-hash");
  expect(hash).toMatch(/^[0-9a-f]+$/);

  await page.reload();
  await expect(page.getByLabel("Target country")).toHaveValue("PL");
  await expect(explorer(page)).toHaveAttribute("data-layout-settled", "true", { timeout: 20_000 });
  expect(await nodeCount(page)).toBe(filtered);
  // Same filter, same seeded (or cached) layout: the same picture, position for position.
  await expect(explorer(page)).toHaveAttribute("data-layout-hash", hash!);
});

test("keyboard: the canvas is focusable and arrow keys + Enter open a node", async ({ page }) => {
  await page.goto("/graph?campaign=matryoshka");
  await expect(explorer(page)).toHaveAttribute("data-node-count", /[1-9]/);
  const canvas = page.getByTestId("graph-canvas");
  await canvas.focus();
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("Enter");
  // The first node in keyboard order is the campaign.
  await expect(page.getByTestId("graph-panel").getByRole("heading", { name: "Matryoshka", exact: true })).toBeVisible();
});

test("bad graph filters are refused with 422 naming the field", async ({ request }) => {
  for (const [query, field] of [
    ["minConfidence=1.5", "minConfidence"],
    ["minConfidence=-1", "minConfidence"],
    ["from=2025-02-30", "from"],
    ["country=XX", "country"],
    ["types=item,planet", "types"],
    ["focus=javascript:alert(1)", "focus"],
  ] as const) {
    const response = await request.get(`/api/graph?${query}`);
    expect(response.status(), query).toBe(422);
    const body = await response.json();
    expect(body.error.details.map((d: { path: string }) => d.path), query).toContain(field);
  }
});
