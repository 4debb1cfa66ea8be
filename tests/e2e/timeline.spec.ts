import { expect, test } from "@playwright/test";
import { openFilters } from "./helpers";

test("the timeline places entries by year and month, never on a day the sources do not give", async ({ page }) => {
  await page.goto("/timeline");
  await expect(page).toHaveTitle(/Timeline/);
  await expect(page.getByTestId("timeline-count")).toContainText("9 dated entries");
  await expect(page.getByTestId("timeline-count")).toContainText("16 undated entries cannot be placed");

  const chart = page.getByTestId("timeline-chart");
  const visit = chart.locator('[data-slug="tsivilev-visit-to-tehran-2026"]');
  const treaty = chart.locator('[data-slug="russia-iran-20-year-strategic-partnership-treaty"]');
  const bushehr = chart.locator('[data-slug="bushehr-nuclear-power-plant-operational"]');
  await expect(visit).toHaveAttribute("data-precision", "day");
  await expect(treaty).toHaveAttribute("data-precision", "month");
  // The month-precise treaty covers its whole month (a twelfth of its year's row); the Bushehr plant,
  // known to the year, covers the year; the visit is a dot in February.
  const row = (await chart.locator('[data-year="2025"] .relative').boundingBox())!;
  const treatyBox = (await treaty.boundingBox())!;
  expect(treatyBox.width / row.width).toBeGreaterThan(0.07);
  expect(treatyBox.width / row.width).toBeLessThan(0.1);
  const yearRow = (await chart.locator('[data-year="2013"] .relative').boundingBox())!;
  expect((await bushehr.boundingBox())!.width).toBeGreaterThan(yearRow.width * 0.95);
  const visitBox = (await visit.boundingBox())!;
  const row2026 = (await chart.locator('[data-year="2026"] .relative').boundingBox())!;
  const centre = (visitBox.x + visitBox.width / 2 - row2026.x) / row2026.width;
  expect(centre).toBeGreaterThan(1 / 12);
  expect(centre).toBeLessThan(2 / 12);

  const list = page.getByTestId("timeline-list");
  await expect(list.getByRole("heading", { name: "Jan 2025" })).toBeVisible();
  await expect(list.getByTestId("timeline-item").filter({ hasText: "20-year" })).toContainText("month known, not the day");
});

test("the timeline honours the browse filters and their URL", async ({ page }) => {
  await page.goto("/entries?sector=nuclear");
  await page.getByRole("link", { name: "See on the timeline" }).click();
  await expect(page).toHaveURL(/\/timeline\?sector=nuclear$/);
  await expect(page.getByTestId("timeline-item")).toHaveCount(2);
  await expect(page.getByTestId("timeline-list")).toContainText("Bushehr");

  await openFilters(page);
  await page.getByRole("group", { name: "Kind" }).getByLabel(/Statements/).check();
  await expect(page).toHaveURL(/\/timeline\?.*kind=statement/);
  await expect(page.getByTestId("timeline-item")).toHaveCount(1);
  await expect(page.getByTestId("timeline-item")).toContainText("Putin");
  await page.goBack();
  await expect(page.getByTestId("timeline-item")).toHaveCount(2);
});
