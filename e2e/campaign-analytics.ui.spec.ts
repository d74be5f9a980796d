import { expect, test } from "@playwright/test";
import { storageStateFor } from "./auth-state";

const unique = () => `${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;

test.describe("campaign page analytics", () => {
  test.use({ storageState: storageStateFor("fact_checker") });

  test("shows the Analytics charts for that campaign only", async ({ page, request }) => {
    const created = await request.post("/api/campaigns", { data: { name: `Analytics e2e ${unique()}`, targetCountries: ["PL"] } });
    expect(created.status(), await created.text()).toBe(201);
    const { slug } = (await created.json()) as { slug: string };
    for (const observedAt of ["2025-02-01T09:30:00Z", "2025-02-03T12:00:00Z"]) {
      const logged = await request.post("/api/sightings", {
        data: {
          item: { kind: "video", title: `Analytics e2e ${unique()}`, url: `https://example.org/campaign-analytics-e2e/${unique()}`, campaign: slug, language: "pl", targetCountries: ["PL"] },
          sighting: { observedAt },
        },
      });
      expect(logged.status(), await logged.text()).toBe(201);
    }

    await page.goto(`/campaigns/${slug}`);
    const section = page.getByRole("region", { name: "Analytics" });
    await expect(section.getByRole("region", { name: "Sightings over time" })).toBeVisible();
    await expect(section.getByRole("link", { name: "Open in Analytics" })).toHaveAttribute("href", `/analytics?campaign=${slug}`);
    // The campaign is the fixed filter: only its two items and two sightings are counted.
    const languages = section.getByRole("region", { name: "Languages" });
    await languages.getByRole("button", { name: "Table" }).click();
    const rows = languages.getByRole("table").locator("tbody tr");
    await expect(rows).toHaveCount(1);
    await expect(rows.first().getByRole("cell")).toHaveText(["pl", "Polish", "2", "2"]);
  });
});
