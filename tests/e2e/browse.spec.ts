import { expect, test } from "@playwright/test";
import { openFilters } from "./helpers";

test("search finds an actor by a spelling the record has never seen, with the matches highlighted", async ({ page }) => {
  await page.goto("/entries");
  await page.getByRole("searchbox", { name: "Search the record" }).fill("Tsiviliov");
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await expect(page).toHaveURL(/q=Tsiviliov/);
  await expect(page.getByTestId("result-count")).toContainText("best match first");
  const visit = page.getByTestId("entry").filter({ hasText: "visits Tehran" });
  await expect(visit).toHaveCount(1);
  // The mark says why it matched, also to screen readers: a close spelling of what was typed.
  const mark = visit.getByRole("heading").locator("mark");
  await expect(mark).toHaveCount(1);
  await expect(mark).toHaveText(/^Tsivilyov \(close spelling of “tsiviliov”\)$/);
  // Another recorded spelling is found and marked too.
  await expect(page.locator("mark", { hasText: "Tsivilev" }).first()).toBeVisible();
});

test("filters combine, show how many each would give, and live in the URL", async ({ page }) => {
  await page.goto("/entries");
  await openFilters(page);
  const sectors = page.getByRole("group", { name: "Sectors" });
  // The facet count next to Energy says what ticking it gives.
  const energyCount = Number(await sectors.locator("label", { hasText: "Energy" }).locator("[aria-hidden]").last().textContent());
  await sectors.getByLabel(/Energy/).check();
  await expect(page).toHaveURL(/sector=energy/);
  await expect(page.getByTestId("result-count")).toContainText(`${energyCount} entries`);

  await openFilters(page);
  await page.getByRole("group", { name: "Kind" }).getByLabel(/Statements/).check();
  await expect(page).toHaveURL(/kind=statement/);
  const entries = page.getByTestId("entry");
  await expect(entries.first()).toBeVisible();
  for (const entry of await entries.all()) {
    await expect(entry.getByTestId("entry-kind")).toHaveText("Statement");
    await expect(entry.getByRole("list", { name: "Sectors" })).toContainText("Energy");
  }
  const count = await page.getByTestId("result-count").textContent();

  // The same link reproduces the view, form included.
  const url = page.url();
  await page.goto("/");
  await page.goto(url);
  await expect(page.getByTestId("result-count")).toHaveText(count!);
  await openFilters(page);
  await expect(page.getByRole("group", { name: "Sectors" }).getByLabel(/Energy/)).toBeChecked();
  await expect(page.getByRole("group", { name: "Kind" }).getByLabel(/Statements/)).toBeChecked();
});

test("the back button walks back through filter changes", async ({ page }) => {
  await page.goto("/entries");
  await openFilters(page);
  await page.getByRole("group", { name: "Sectors" }).getByLabel(/Nuclear/).check();
  await expect(page).toHaveURL(/\/entries\?sector=nuclear$/);
  await openFilters(page);
  await page.getByRole("group", { name: "Kind" }).getByLabel(/Events/).check();
  await expect(page).toHaveURL(/kind=event/);
  await expect(page.getByTestId("entry")).toHaveCount(1);

  await page.goBack();
  await expect(page).toHaveURL(/\/entries\?sector=nuclear$/);
  await expect(page.getByTestId("entry").filter({ hasText: "Putin" })).toHaveCount(1);
  await page.goBack();
  await expect(page).toHaveURL(/\/entries$/);
  await expect(page.getByTestId("result-count")).toContainText("25 entries");
});

test("the actor filter takes any spelling and suggests names as you type", async ({ page }) => {
  await page.goto("/entries");
  await openFilters(page);
  const actor = page.getByLabel("Actor");
  await actor.fill("Ryabk");
  await expect(actor).toHaveAttribute("role", "combobox");
  const suggestion = page.getByRole("listbox", { name: "Suggested names" }).getByRole("option", { name: /Sergei Ryabkov/ });
  await expect(suggestion).toHaveCount(1);
  await expect(actor).toHaveAttribute("aria-expanded", "true");
  // The keyboard picks a suggestion without leaving the field; Escape closes the list.
  await actor.press("ArrowDown");
  const active = await actor.getAttribute("aria-activedescendant");
  expect(active).toBeTruthy();
  await expect(page.locator(`[id="${active}"]`)).toHaveAttribute("aria-selected", "true");
  await actor.press("Escape");
  await expect(actor).toHaveAttribute("aria-expanded", "false");
  await actor.fill("Ryabkow");
  await actor.press("Enter");
  await expect(page).toHaveURL(/actor=Ryabkow/);
  await expect(page.getByTestId("entry").filter({ hasText: "Ryabkov" }).first()).toBeVisible();
});

test("the place filter suggests places as you type, in any script", async ({ page }) => {
  await page.goto("/entries");
  await openFilters(page);
  const place = page.getByLabel("Place", { exact: true });
  // Tehran in Cyrillic: the same name matcher as the actor filter's finds the record's place.
  await place.fill("Тегер");
  await expect(place).toHaveAttribute("role", "combobox");
  const suggestions = page.getByRole("listbox", { name: "Suggested places" }).getByRole("option");
  await expect(suggestions.filter({ hasText: /Tehran/ }).first()).toBeVisible();
  await place.press("ArrowDown");
  await place.press("Enter");
  await expect(place).toHaveValue(/Tehran|Тегеран/);
  await expect(place).toHaveAttribute("aria-expanded", "false");
  await place.press("Enter");
  await expect(page).toHaveURL(/place=/);
  await expect(page.getByTestId("entry").filter({ hasText: /Tehran/ }).first()).toBeVisible();
});

test("an empty result says so and offers to remove the filter that empties it", async ({ page }) => {
  await page.goto("/entries?sector=energy&from=2030-01-01");
  await expect(page.getByTestId("result-count")).toHaveText(/No entries match/);
  const empty = page.getByTestId("empty-state");
  await empty.getByRole("link", { name: "Remove the date filter" }).click();
  await expect(page).toHaveURL(/\/entries\?sector=energy$/);
  await expect(page.getByTestId("entry").first()).toBeVisible();
});

test("a bad date is reported against its field, and the other filters still apply", async ({ page }) => {
  await page.goto("/entries?sector=nuclear&from=2026-02-30");
  await openFilters(page);
  await expect(page.locator("#from-error")).toHaveText(/not a real calendar date/);
  await expect(page.getByLabel("From")).toHaveAttribute("aria-describedby", "from-error");
  await expect(page.getByTestId("result-count")).toContainText("2 entries");
  // Above the results, where the reader looks, without opening the filters.
  await expect(page.getByTestId("ignored-params")).toContainText("from “2026-02-30”: not a real calendar date");
});

test("a value the address cannot hold is named above the results, in words, and the rest applies", async ({ page }) => {
  await page.goto("/entries?kind=treaty&q=pipeline");
  const notice = page.getByTestId("ignored-params");
  await expect(notice).toContainText("kind “treaty”: use one of event, agreement, statement");
  await expect(page.getByTestId("result-count")).toContainText("best match first");
  await page.goto("/entries?kind=statement");
  await expect(page.getByTestId("ignored-params")).toHaveCount(0);
});

test("pagination keeps its place in the URL, sorted either way, undated entries last", async ({ page }) => {
  await page.goto("/entries");
  await page.getByRole("link", { name: "Older →" }).click();
  await expect(page).toHaveURL(/page=2/);
  await expect(page.getByRole("navigation", { name: "Pages" }).locator("[aria-current=page]")).toHaveText("2");
  await expect(page.getByTestId("entry-date").first()).toHaveText("undated");

  await page.goto("/entries?sort=oldest");
  await expect(page.getByTestId("entry-date").first()).toHaveText("2013");
  await page.getByRole("link", { name: "Older →" }).click();
  await expect(page).toHaveURL(/sort=oldest&page=2/);
  await page.reload();
  await expect(page.getByTestId("entry-date").last()).toHaveText("undated");
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the filters still work as a plain form", async ({ page }) => {
    await page.goto("/entries");
    await openFilters(page);
    await page.getByRole("group", { name: "Sectors" }).getByLabel(/Finance/).check();
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(/sector=finance/);
    await expect(page.getByTestId("entry").first()).toContainText("payment");
    await expect(page.getByTestId("result-count")).toContainText("1 entry");
  });
});

test("the view's downloads and feed carry the current query", async ({ page }) => {
  await page.goto("/entries?q=gas&sector=energy&page=2");
  const downloads = page.getByTestId("view-downloads");
  await expect(downloads.getByRole("link", { name: "Download CSV" })).toHaveAttribute("href", "/api/v1/entries/export?format=csv&q=gas&sector=energy");
  await expect(downloads.getByRole("link", { name: "Atom feed" })).toHaveAttribute("href", "/feeds/entries.atom?q=gas&sector=energy");
});

test("the filters in force show above the results, each one removable", async ({ page }) => {
  await page.goto("/entries?kind=agreement&sector=energy");
  const chips = page.getByTestId("filter-chips");
  await expect(chips.getByRole("link")).toHaveText([/kind: agreement/, /sector: energy/]);
  await expect(page.getByTestId("result-count")).toContainText("2 entries");
  await chips.getByRole("link", { name: /kind: agreement/ }).click();
  await expect(page).toHaveURL(/\/entries\?sector=energy$/);
  await expect(page.getByTestId("result-count")).toContainText("9 entries");
});
