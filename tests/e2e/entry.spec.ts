import { expect, test } from "@playwright/test";

test("an agreement's page shows every field, its lifecycle, actors, sources and the entries linked to it", async ({ page }) => {
  await page.goto("/entries/russia-iran-20-year-strategic-partnership-treaty");
  await expect(page).toHaveTitle(/Russia–Iran 20-year strategic partnership treaty · Iran–Russia cooperation record/);
  await expect(page.locator('meta[name="description"]')).toHaveAttribute("content", /strategic partnership/);
  // Search engines take the canonical address as written: absolute, on the site the reader reached.
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", `${new URL(page.url()).origin}/entries/russia-iran-20-year-strategic-partnership-treaty`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Russia–Iran 20-year strategic partnership treaty");
  await expect(page.getByTestId("entry-date").first()).toHaveText("Jan 2025");
  await expect(page.getByText("(known to the month)")).toBeVisible();
  await expect(page.getByTestId("entry-status")).toHaveText("Signed");
  await expect(page.getByText("20 years")).toBeVisible();
  await expect(page.getByRole("list", { name: "Sectors" })).toContainText("Defence");

  const lifecycle = page.getByTestId("lifecycle");
  await expect(lifecycle.getByRole("listitem").first()).toContainText("Signed · Jan 2025");

  const actors = page.getByTestId("actors");
  await expect(actors.getByRole("listitem").filter({ hasText: "Masoud Pezeshkian" })).toContainText("participant");

  const sources = page.getByTestId("sources").getByRole("listitem");
  await expect(sources.first()).toContainText("17 Jan 2025");
  await expect(sources.first().locator("blockquote")).toContainText("strategic partnership");

  // Linked both ways: the statement that refers to this treaty is listed here.
  const links = page.getByTestId("links");
  await expect(links).toContainText("Referred to by:");
  await links.getByRole("link", { name: /new chapter/ }).click();
  await expect(page).toHaveURL(/\/entries\/pezeshkian-treaty-new-chapter-statement$/);
  await expect(page.getByTestId("links")).toContainText("Refers to:");
  await expect(page.getByTestId("links").getByRole("link")).toHaveText("Russia–Iran 20-year strategic partnership treaty");
});

test("a statement's page puts the speaker and the quote first", async ({ page }) => {
  await page.goto("/entries/ryabkov-warns-us-not-to-strike-iran");
  const statement = page.getByTestId("statement");
  await expect(statement.locator("blockquote")).toContainText("should not strike Iran");
  await statement.getByRole("link", { name: "Sergei Ryabkov" }).click();
  await expect(page).toHaveURL(/\/actors\/sergei-ryabkov$/);
});

test("an undated entry says so rather than inventing a date", async ({ page }) => {
  await page.goto("/entries/austin-russia-iran-military-cooperation-claim");
  await expect(page.getByTestId("entry-date").first()).toHaveText("undated");
});

test("'Cite this entry' copies a citation with the permalink and the access date", async ({ page, context, browserName }) => {
  test.skip(browserName !== "chromium", "clipboard permissions are Chromium's");
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/entries/tsivilev-visit-to-tehran-2026");
  await page.getByTestId("cite-button").click();
  await expect(page.getByText("Citation copied.")).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain("Russian Energy Minister Sergey Tsivilyov visits Tehran");
  expect(copied).toContain("(18 Feb 2026)");
  expect(copied).toContain("/entries/tsivilev-visit-to-tehran-2026");
  expect(copied).toMatch(/accessed \d{1,2} [A-Z][a-z]{2} \d{4}/);
  // Without the button, the same citation is on the page to select.
  await expect(page.getByTestId("citation")).toContainText("/entries/tsivilev-visit-to-tehran-2026");
});

test("the entry's id is a permalink too, and an unknown entry gets a 404 page", async ({ page, request }) => {
  const api = await request.get("/api/v1/entries/tsivilev-visit-to-tehran-2026");
  const { id } = await api.json();
  await page.goto(`/entries/${id}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("visits Tehran");

  const response = await page.goto("/entries/no-such-entry");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("No such entry");
  await page.getByRole("link", { name: "Search the record" }).click();
  await expect(page).toHaveURL(/\/entries$/);
});
