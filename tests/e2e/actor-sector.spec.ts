import { expect, test } from "@playwright/test";

test("an actor's page gives every spelling, their entries as a timeline, and who they appear with", async ({ page }) => {
  await page.goto("/entries/tsivilev-visit-to-tehran-2026");
  await page.getByTestId("actors").getByRole("link", { name: "Sergei Tsivilev" }).click();
  await expect(page).toHaveURL(/\/actors\/sergei-tsivilev$/);
  await expect(page).toHaveTitle(/Sergei Tsivilev/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sergei Tsivilev");
  const facts = page.getByTestId("actor-facts");
  await expect(facts).toContainText("Person");
  await expect(facts).toContainText("Russia");
  await expect(page.getByTestId("spellings")).toContainText("Tsivilyov");

  const entries = page.getByTestId("actor-entries");
  await expect(entries.getByRole("heading", { level: 3 }).first()).toHaveText("2026");
  await expect(entries.getByTestId("entry").first()).toContainText("visits Tehran");
  await expect(entries.getByTestId("actor-role").first()).toContainText("visitor");
  await expect(entries.getByRole("heading", { name: "Undated" })).toBeVisible();

  const companions = page.getByTestId("companions");
  await expect(companions.getByRole("link", { name: "Iran" })).toBeVisible();
  await companions.getByRole("link", { name: "Iran" }).click();
  await expect(page).toHaveURL(/\/actors\/iran$/);
});

test("an unknown actor gets a 404", async ({ page }) => {
  const response = await page.goto("/actors/nobody-anywhere");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
});

test("a sector's page charts its activity per year and lists its agreements with their status", async ({ page }) => {
  await page.goto("/sectors/energy");
  await expect(page).toHaveTitle(/Energy cooperation/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Energy");
  await expect(page.getByRole("img", { name: /Energy: dated entries per year, 2013: 1,.*2025: 2, 2026: 2/ })).toBeVisible();

  const agreements = page.getByTestId("sector-agreements");
  const pipeline = agreements.getByRole("listitem").filter({ hasText: "gas pipeline through Azerbaijan" });
  await expect(pipeline).toContainText("Negotiating");
  await expect(agreements.getByRole("listitem").filter({ hasText: "20-year" })).toContainText("Signed · Jan 2025 · 20 years");

  await expect(page.getByTestId("entry").first()).toContainText("visits Tehran");
  await page.getByRole("link", { name: "Browse them" }).click();
  await expect(page).toHaveURL(/\/entries\?sector=energy$/);
});

test("an unknown sector gets a 404", async ({ page }) => {
  const response = await page.goto("/sectors/space");
  expect(response?.status()).toBe(404);
});
