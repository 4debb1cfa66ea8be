import { expect, test } from "@playwright/test";

test("the first page shows the record newest first, with honest dates, kinds and sectors", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveTitle(/Iran–Russia cooperation record/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("The record, newest first");

  const entries = page.getByTestId("entry");
  const first = entries.first();
  await expect(first.getByRole("heading")).toContainText("Tsivilyov visits Tehran");
  await expect(first.getByTestId("entry-date")).toHaveText("18 Feb 2026");
  await expect(first.getByTestId("entry-kind")).toHaveText("Event");
  await expect(first.getByRole("list", { name: "Sectors" })).toContainText("energy");

  // A fact known only to the month is shown as the month, one known to the year as the year.
  const treaty = entries.filter({ hasText: "20-year" }).first();
  await expect(treaty.getByTestId("entry-date")).toHaveText("Jan 2025");
  await expect(treaty.getByTestId("entry-kind")).toHaveText("Agreement");
  await expect(entries.filter({ hasText: "Bushehr" }).first().getByTestId("entry-date")).toHaveText("2013");
});

test("undated facts say so, on the later page", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: "Older →" }).click();
  await expect(page).toHaveURL(/page=2/);
  await expect(page.getByTestId("entry-date").first()).toHaveText("undated");
});
