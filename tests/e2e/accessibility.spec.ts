import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";

const pages = [
  ["overview", "/"],
  ["browse", "/entries"],
  ["search results", "/entries?q=Tsivilyov&sector=energy"],
  ["empty results", "/entries?from=2030-01-01"],
  ["agreement", "/entries/russia-iran-20-year-strategic-partnership-treaty"],
  ["statement", "/entries/ryabkov-warns-us-not-to-strike-iran"],
  ["actor", "/actors/sergei-tsivilev"],
  ["sector", "/sectors/energy"],
  ["timeline", "/timeline"],
  ["map", "/map"],
  ["place", "/places/tehran"],
  ["not found", "/entries/no-such-entry"],
] as const;

for (const scheme of ["light", "dark"] as const) {
  test.describe(`${scheme} mode`, () => {
    test.use({ colorScheme: scheme });
    for (const [name, path] of pages) {
      test(`the ${name} page has no accessibility violations axe can find`, async ({ page }) => {
        await page.goto(path);
        await expect(page.locator("main")).toBeVisible();
        const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
        expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`)).toEqual([]);
      });
    }
  });
}

test("a keyboard reaches the search, the filters and the results, with visible focus", async ({ page }) => {
  await page.goto("/entries");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip to content" })).toBeFocused();
  await page.keyboard.press("Enter");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("searchbox", { name: "Search the record" })).toBeFocused();
  const outline = await page.getByRole("searchbox", { name: "Search the record" }).evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).not.toBe("none");
  // Past the search, a link skips the forty-odd filters: the next Tab is inside the results.
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip the filters to the results" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press("Enter");
  await page.keyboard.press("Tab");
  await expect(page.locator("#results :focus")).toHaveCount(1);
});
