import { expect, test } from "@playwright/test";
import { signIn } from "./signing-in";

test("a query no entry fully matches lists entries with some of its words, and says so", async ({ page }) => {
  await page.goto("/entries?q=" + encodeURIComponent("Pezeshkian Kazan summit itinerary"));
  await expect(page.getByTestId("partial-notice")).toHaveText("No entry has every word; showing entries with some of them.");
  const first = page.getByTestId("entry").first();
  await expect(first).toContainText("BRICS summit in Kazan");
  await expect(first.getByRole("heading").locator("mark").first()).toBeVisible();
});

test("a misspelt place is widened to the record's spelling, marked as such, with a suggestion", async ({ page }) => {
  await page.goto("/entries");
  await page.getByRole("searchbox", { name: "Search the record" }).fill("Tehraan");
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await expect(page).toHaveURL(/q=Tehraan/);
  await expect(page.getByTestId("widened")).toContainText("tehran (close spelling of “tehraan”)");
  const visit = page.getByTestId("entry").filter({ hasText: "visits Tehran" });
  const mark = visit.getByRole("heading").locator('mark[data-why="spelling"]');
  await expect(mark).toHaveText(/Tehran/);
  await expect(mark).toHaveAttribute("title", "close spelling of “tehraan”");

  await page.getByTestId("did-you-mean").getByRole("link", { name: "Tehran" }).click();
  await expect(page).toHaveURL(/q=Tehran/);
  await expect(page.getByTestId("search-notice")).toHaveCount(0);
});

test("a name typed in Cyrillic finds the actor's entries", async ({ page }) => {
  await page.goto("/entries?q=" + encodeURIComponent("Путин"));
  await expect(page.getByTestId("entry").filter({ hasText: "new nuclear power units" })).toHaveCount(1);
});

test("an editor adds a synonym set on /thesaurus and searches use it at once", async ({ page }, testInfo) => {
  await signIn(page, "editor", "/thesaurus");
  await expect(page.getByRole("heading", { name: "Search thesaurus" })).toBeVisible();
  // A term of its own per project and try, so runs never meet each other's set.
  const term = `gold standard ${testInfo.project.name} ${testInfo.retry}`;
  const form = page.getByRole("form", { name: "Add a set" });
  await form.getByLabel("Terms, one per line").fill(`${term}\ngolden period`);
  await form.getByRole("button", { name: "Add set" }).click();
  await expect(page.getByRole("form", { name: new RegExp(`Synonym set: ${term}`) })).toBeVisible();
  // Among many sets, one is found by any of its terms, in any case.
  const find = page.getByLabel("Find a set by any of its terms");
  await find.fill(term.toUpperCase());
  await expect(page.getByRole("form", { name: /^Synonym set:/ })).toHaveCount(1);
  await expect(page.getByRole("status").filter({ hasText: /^1 of \d+ sets$/ })).toBeVisible();
  await find.fill("no such term anywhere");
  await expect(page.getByText("No set has a term with “no such term anywhere”.")).toBeVisible();
  await find.fill("");

  await page.goto("/entries?q=" + encodeURIComponent(`"${term}"`));
  await expect(page.getByTestId("entry")).toHaveCount(0);
  await page.goto("/entries?q=" + encodeURIComponent(term));
  // The entry is found through the new set, its words marked as synonyms of what was typed (each
  // mark also says why to screen readers, so the card's text is no longer the bare phrase).
  const found = page.getByTestId("entry").filter({ has: page.locator('mark[data-why="synonym"]') });
  await expect(found).toHaveCount(1);
  await expect(found.locator('mark[data-why="synonym"]').first()).toContainText(`golden (same meaning as “${term}”)`);
  await expect(page.getByTestId("widened")).toContainText("golden period (same meaning as");
});
