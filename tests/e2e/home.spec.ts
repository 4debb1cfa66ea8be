import { expect, test } from "@playwright/test";

test("the overview shows the relationship at a glance: activity by sector and year, agreements by status, the latest entries", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveTitle(/Iran–Russia cooperation record/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Iran and Russia");

  const chart = page.getByTestId("sector-years-chart");
  await expect(chart.getByRole("img", { name: /Energy: \d+ dated entries from 2013 to 2026/ })).toBeVisible();
  await expect(chart).toContainText("undated entries are not shown");
  await chart.getByText("Show the numbers").click();
  await expect(chart.getByRole("table")).toBeVisible();

  const statuses = page.getByTestId("status-bars");
  await expect(statuses.getByTestId("status-signed")).toHaveText("1");
  await expect(statuses.getByTestId("status-negotiating")).toHaveText("1");

  // The latest entries, newest first, each date as precise as it is known.
  const entries = page.getByTestId("entry");
  const first = entries.first();
  await expect(first.getByRole("heading")).toContainText("Tsivilyov visits Tehran");
  await expect(first.getByTestId("entry-date")).toHaveText("18 Feb 2026");
  await expect(first.getByTestId("entry-kind")).toHaveText("Event");
  await expect(first.getByRole("list", { name: "Sectors" })).toContainText("Energy");
  const treaty = entries.filter({ hasText: "20-year" }).first();
  await expect(treaty.getByTestId("entry-date")).toHaveText("Jan 2025");
  await expect(treaty.getByTestId("entry-kind")).toHaveText("Agreement");
  await expect(entries.filter({ hasText: "Mi-28NE" }).first().getByTestId("entry-date")).toHaveText("Feb 2026");
});

test("the overview leads into search, sectors and agreements", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("searchbox", { name: "Search the record" }).fill("pipeline");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/\/entries\?q=pipeline$/);
  await expect(page.getByTestId("entry").first()).toContainText(/pipeline/i);

  await page.goto("/");
  await page.getByTestId("sector-years-chart").getByRole("link", { name: "Nuclear" }).click();
  await expect(page).toHaveURL(/\/sectors\/nuclear$/);

  await page.goto("/");
  await page.getByTestId("status-bars").getByRole("link", { name: "Signed" }).click();
  await expect(page.getByTestId("entry")).toHaveCount(1);
  await expect(page.getByTestId("entry").first()).toContainText("20-year strategic partnership treaty");
});
