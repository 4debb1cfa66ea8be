import { expect, type Page } from "@playwright/test";

/** On phones the filters fold away behind "Filters"; open them when they are folded. */
export async function openFilters(page: Page) {
  const summary = page.locator("details.filters > summary");
  if (await summary.isVisible()) {
    const details = page.locator("details.filters");
    if ((await details.getAttribute("open")) === null) await summary.click();
  }
  await expect(page.getByRole("group", { name: "Sectors" })).toBeVisible();
}
