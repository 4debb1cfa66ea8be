import { expect, test } from "@playwright/test";

// The places the initial record's entries name, with how many entries name each.
const NAMED = { moscow: 4, tehran: 3, kazan: 1, "bushehr-nuclear-power-plant": 1, russia: 1, iran: 1, azerbaijan: 1 };

test("the map marks every place the record names, sized by its entries, with the same numbers in a table", async ({ page }) => {
  await page.goto("/map");
  const marks = page.getByTestId("map-mark");
  await expect(marks).toHaveCount(Object.keys(NAMED).length);
  for (const [slug, count] of Object.entries(NAMED)) {
    const mark = page.locator(`[data-testid="map-mark"][data-place="${slug}"]`);
    await expect(mark).toHaveAttribute("data-count", String(count));
    await expect(mark).toHaveAttribute("href", `/places/${slug}`);
  }
  const rows = page.getByTestId("map-row");
  await expect(rows).toHaveCount(Object.keys(NAMED).length);
  await expect(rows.first()).toContainText("Moscow");
  await expect(rows.first()).toContainText("4");
  // The legend names each sector beside its shape, so colour is never the only cue.
  await expect(page.getByTestId("map-legend")).toContainText("Nuclear (circle)");
});

test("the names on the map cover no other name and no other mark, on a wide screen and on a phone", async ({ page }) => {
  await page.goto("/map");
  await expect(page.getByTestId("map-mark").first()).toBeVisible();
  const marks = await page.getByTestId("map-mark").evaluateAll((nodes) =>
    nodes.map((n) => {
      const name = [...n.querySelectorAll("text")].find((t) => getComputedStyle(t).display !== "none");
      return { place: n.getAttribute("data-place"), shape: n.querySelector("path")!.getBoundingClientRect().toJSON(), name: name?.getBoundingClientRect().toJSON() };
    }),
  );
  // Moscow, Russia and Kazan sit close together. Beside the filters each keeps its name; on a phone,
  // in larger type, Russia's has no free place and is left off (the table under the map names it).
  const named = test.info().project.name === "phone" ? ["moscow", "kazan", "tehran"] : ["moscow", "russia", "kazan", "tehran"];
  for (const place of named) expect(marks.find((m) => m.place === place)?.name, place).toBeTruthy();
  const apart = (a: DOMRect, b: DOMRect) => a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top;
  for (const m of marks) {
    if (!m.name) continue;
    for (const other of marks) {
      if (other.place === m.place) continue;
      expect(apart(m.name, other.shape), `${m.place}'s name and ${other.place}'s mark`).toBe(true);
      if (other.name) expect(apart(m.name, other.name), `${m.place}'s name and ${other.place}'s`).toBe(true);
    }
  }
});

test("the browse filters apply to the map and stay in the URL", async ({ page }) => {
  await page.goto("/map?sector=nuclear");
  await expect(page.getByTestId("map-mark")).toHaveCount(2);
  await expect(page.locator('[data-place="moscow"]')).toHaveAttribute("data-count", "1");
  // The filter stays ticked (inside the folded filters on a phone).
  await expect(page.locator('input[name="sector"][value="nuclear"]')).toBeChecked();
  await page.goto("/map?place=%D0%A2%D0%B5%D0%B3%D0%B5%D1%80%D0%B0%D0%BD"); // Тегеран
  await expect(page.getByTestId("map-mark")).toHaveCount(1);
  await expect(page.locator('[data-place="tehran"]')).toHaveAttribute("data-count", "3");
});

test("a browse view opens on the map with its filters, and the map is in the main navigation", async ({ page }) => {
  await page.goto("/entries?sector=nuclear");
  await page.getByRole("link", { name: "See on the map" }).click();
  await expect(page).toHaveURL(/\/map\?sector=nuclear$/);
  await expect(page.getByTestId("map-mark")).toHaveCount(2);
  const nav = page.getByRole("navigation", { name: "Main" });
  await expect(nav.getByRole("link", { name: "Map" })).toHaveAttribute("aria-current", "page");
  await expect(nav.getByRole("link", { name: "Browse" })).not.toHaveAttribute("aria-current");
  await nav.getByRole("link", { name: "Map" }).click();
  await expect(page).toHaveURL(/\/map$/);
  await expect(page.getByTestId("map-mark")).toHaveCount(Object.keys(NAMED).length);
});

test("a mark opens its place: spellings in three scripts, entries by year, actors met there", async ({ page }) => {
  await page.goto("/map");
  await page.locator('[data-place="tehran"]').click();
  await expect(page).toHaveURL(/\/places\/tehran$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tehran");
  const spellings = page.getByTestId("place-spellings");
  await expect(spellings.locator('[lang="ru"]')).toHaveText("Тегеран");
  await expect(spellings.locator('[lang="fa"][dir="rtl"]')).toHaveText("تهران");
  await expect(page.getByTestId("place-years")).toContainText("2026");
  await expect(page.getByTestId("place-actors")).toContainText("Sergei Tsivilev");
  await page.getByRole("link", { name: "Browse and filter them" }).click();
  await expect(page).toHaveURL(/\/entries\?place=tehran$/);
  await expect(page.getByTestId("result-count")).toContainText("3 entries", { timeout: 15_000 });
  await expect(page.getByTestId("filter-chips")).toContainText("place: tehran");
});

test("the map works without JavaScript", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/map?sector=energy");
  await expect(page.getByTestId("map-table")).toBeVisible();
  await expect(page.locator('[data-place="kazan"]')).toHaveCount(0);
  await context.close();
});
